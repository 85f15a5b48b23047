//! WeChat mini-programs: `app.json`'s `permission` scopes and `requiredPrivateInfos`.

use super::{Catalogue, Inventory, PermissionUse, Platform, Problem, SourceFile};

pub fn app_json(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let json: serde_json::Value = match serde_json::from_str(file.text) {
        Ok(v) => v,
        Err(e) => {
            inv.problems.push(Problem {
                at: file.at(0),
                message: format!("not valid JSON: {e}"),
            });
            return;
        }
    };
    // JSON has no positions once parsed: each value is found in the text after the key that
    // holds it, which is where an author looks for it.
    if let Some(scopes) = json.get("permission").and_then(|p| p.as_object()) {
        let section = file.text.find("\"permission\"").unwrap_or(0);
        for scope in scopes.keys() {
            let known = catalogue.miniprogram_scope(scope).map(|s| s.scope.clone());
            inv.permissions.push(PermissionUse {
                platform: Platform::Miniprogram,
                name: scope.clone(),
                known,
                at: file.find(&format!("\"{scope}\""), section),
            });
        }
    }
    if let Some(infos) = json.get("requiredPrivateInfos").and_then(|p| p.as_array()) {
        let section = file.text.find("\"requiredPrivateInfos\"").unwrap_or(0);
        for name in infos.iter().filter_map(|v| v.as_str()) {
            let known = catalogue
                .miniprogram_private_info(name)
                .map(|s| s.name.clone());
            inv.permissions.push(PermissionUse {
                platform: Platform::Miniprogram,
                name: name.to_string(),
                known,
                at: file.find(&format!("\"{name}\""), section),
            });
        }
    }
}
