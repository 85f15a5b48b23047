//! PIPL-CONSENT-002 · Withdrawal not as easy as consent.
//!
//! Where processing rests on consent, the person may withdraw it, and the handler must offer a
//! convenient way to do so (PIPL Art. 15). Implemented: (a) a purpose based on consent with no
//! way to withdraw: no `withdraw` (or `opt_out`) channel of its own and no `withdraw_consent`
//! right that says how (`via`). A purpose served by a `cookie` counts as withdrawable when the
//! `cookies` statement says how to `refuse` cookies. Not implemented, for want of facts the language cannot state
//! yet: (b) a withdrawal channel harder than the consent channel (the channel consent is given
//! through is not modelled), (c) withdrawal only by closing the account, (d) statements that
//! withdrawal is retroactive or needs a reason.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Cookie, Cookies, Purpose, Right};
use crate::rules::pipl::basis_span;
use crate::rules::pipl::notice::consent_001::consent_based;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-CONSENT-002"),
        severity: Severity::Error,
        title_en: "withdrawal of consent not as easy as consent",
        title_zh: "撤回同意的方式不便捷",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 15; NDSR Art. 23; GB/T 35273 8.4",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // A general withdrawal right with a channel covers every purpose.
    let general = ctx
        .items(Kind::Right)
        .find(|r| ctx.root_name(r.id) == Some("withdraw_consent"));
    if general.is_some_and(|r| Right(r).has(Right::VIA)) {
        return;
    }
    // Refusing cookies in the browser withdraws consent to the purposes cookies serve.
    let cookies_refusable = ctx
        .items(Kind::Cookies)
        .any(|c| Cookies(c).has(Cookies::REFUSE));
    let by_cookie = |p| {
        cookies_refusable
            && ctx
                .items(Kind::Cookie)
                .any(|c| Cookie(c).purposes().contains(&p))
    };
    for purpose in ctx.items(Kind::Purpose) {
        if !consent_based(ctx, purpose)
            || Purpose(purpose).has(Purpose::WITHDRAW)
            || Purpose(purpose).has(Purpose::OPT_OUT)
            || by_cookie(purpose.id)
        {
            continue;
        }
        let name = purpose.name();
        let mut d = Diagnostic::new(
            RULE.info.code,
            basis_span(purpose).unwrap_or_else(|| purpose.name_span()),
            Message::key("pipl-notice-consent-002--purpose-name-rests-consent-but")
                .arg("name", &name),
        )
        .with_label(Message::key("pipl-notice-consent-002--no-way-withdraw"))
        .with_help(Message::key(
            "pipl-notice-consent-002--add-withdraw-channel-at-least",
        ));
        if let Some(r) = general {
            d = d.with_related(
                r.name_span(),
                Message::key("pipl-notice-consent-002--withdrawal-right-says-no-channel"),
            );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯推送\", en: \"newsletter\" }\n  uses email\n  basis pipl::consent\n}\npurpose orders {\n  label { zh: \"订单\", en: \"orders\" }\n  uses email\n  basis pipl::contract\n}\n";

    #[test]
    fn consent_without_withdrawal() {
        let text = format!("{HEADER}{ITEMS}right withdraw: pipl::withdraw_consent\n");
        assert_eq!(check(&text, "PIPL-CONSENT-002"), vec![(14, 3)]);
    }

    #[test]
    fn a_withdrawal_channel() {
        let per_purpose = format!("{HEADER}{ITEMS}").replace(
            "basis pipl::consent\n",
            "basis pipl::consent\n  withdraw { zh: \"设置-通知\", en: \"Settings - Notifications\" }\n",
        );
        assert!(check(&per_purpose, "PIPL-CONSENT-002").is_empty());
        let cookie = format!("{HEADER}{ITEMS}cookie c {{\n  label {{ zh: \"Cookie\", en: \"cookies\" }}\n  for news\n}}\ncookies {{\n  refuse {{ zh: \"浏览器设置\", en: \"browser settings\" }}\n}}\n");
        assert!(check(&cookie, "PIPL-CONSENT-002").is_empty());
        let general = format!(
            "{HEADER}{ITEMS}right withdraw: pipl::withdraw_consent {{ via privacy@some.example }}\n"
        );
        assert!(check(&general, "PIPL-CONSENT-002").is_empty());
    }
}
