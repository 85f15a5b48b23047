//! The three enforcement engines behind one call each, and the request domain of a policy:
//! shared by the differential test (tests/tests/enforcement.rs) and the benchmark
//! (tests/benches/enforcement.rs).

use std::str::FromStr;

use pol_eval::{DecisionTable, Evaluator, Person, Request};

/// The emitted files of a table, by path.
pub struct Emitted {
    pub files: Vec<(String, Vec<u8>)>,
}

impl Emitted {
    pub fn text(&self, path: &str) -> String {
        let bytes = self
            .files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
            .unwrap_or_else(|| panic!("{path} was not emitted"));
        String::from_utf8(bytes).unwrap()
    }
}

/// regorus with the emitted Rego and data.json loaded.
pub struct Opa {
    engine: regorus::Engine,
}

impl Opa {
    pub fn load(emitted: &Emitted) -> Opa {
        let mut engine = regorus::Engine::new();
        engine
            .add_policy(
                "policy.rego".into(),
                emitted.text("enforcement/opa/policy.rego"),
            )
            .unwrap();
        engine
            .add_data(
                regorus::Value::from_json_str(&emitted.text("enforcement/opa/data.json")).unwrap(),
            )
            .unwrap();
        Opa { engine }
    }

    pub fn decide(&mut self, request: &Request) -> serde_json::Value {
        let input = serde_json::to_value(request).unwrap();
        self.engine.set_input(regorus::Value::from(input));
        let out = self.engine.eval_rule("data.pol.decision".into()).unwrap();
        serde_json::from_str(&out.to_json_str().unwrap()).unwrap()
    }
}

/// cedar-policy with the emitted schema, policies (validated strictly) and entities.
pub struct Cedar {
    schema: cedar_policy::Schema,
    policies: cedar_policy::PolicySet,
    entities: cedar_policy::Entities,
    authorizer: cedar_policy::Authorizer,
    action: cedar_policy::EntityUid,
    principal: cedar_policy::EntityUid,
}

impl Cedar {
    pub fn load(emitted: &Emitted) -> Cedar {
        let (schema, _warnings) = cedar_policy::Schema::from_cedarschema_str(
            &emitted.text("enforcement/cedar/policy.cedarschema"),
        )
        .unwrap();
        let policies =
            cedar_policy::PolicySet::from_str(&emitted.text("enforcement/cedar/policy.cedar"))
                .unwrap();
        let validator = cedar_policy::Validator::new(schema.clone());
        let result = validator.validate(&policies, cedar_policy::ValidationMode::Strict);
        assert!(
            result.validation_passed(),
            "Cedar strict validation failed: {:?}",
            result.validation_errors().collect::<Vec<_>>()
        );
        let entities = cedar_policy::Entities::from_json_str(
            &emitted.text("enforcement/cedar/entities.json"),
            Some(&schema),
        )
        .unwrap();
        Cedar {
            schema,
            policies,
            entities,
            authorizer: cedar_policy::Authorizer::new(),
            action: uid("Pol::Action", "process"),
            principal: uid("Pol::Person", "subject"),
        }
    }

    /// The request as Cedar sees it (built once per request, outside any timing).
    pub fn request(&self, request: &Request) -> cedar_policy::Request {
        let entity =
            |ty: &str, id: &str| serde_json::json!({ "__entity": { "type": ty, "id": id } });
        let mut context = serde_json::json!({
            "purpose": entity("Pol::Purpose", &request.purpose),
            "consents": request.person.consents,
            "withdrawn": request.person.withdrawn,
            "minor": request.person.minor,
            "guardian_consent": request.person.guardian_consent,
        });
        if let Some(r) = &request.recipient {
            context["recipient"] = entity("Pol::Recipient", r);
        }
        if let Some(r) = &request.region {
            context["region"] = entity("Pol::Region", r);
        }
        // Optional: a request that asserts nothing leaves it out, as most callers will.
        if !request.conditions.is_empty() {
            context["conditions"] = serde_json::json!(request.conditions);
        }
        let context =
            cedar_policy::Context::from_json_value(context, Some((&self.schema, &self.action)))
                .unwrap();
        cedar_policy::Request::new(
            self.principal.clone(),
            self.action.clone(),
            uid("Pol::Category", &request.category),
            context,
            Some(&self.schema),
        )
        .unwrap()
    }

    pub fn allows(&self, request: &cedar_policy::Request) -> bool {
        self.authorizer
            .is_authorized(request, &self.policies, &self.entities)
            .decision()
            == cedar_policy::Decision::Allow
    }
}

fn uid(ty: &str, id: &str) -> cedar_policy::EntityUid {
    cedar_policy::EntityUid::from_type_name_and_id(
        cedar_policy::EntityTypeName::from_str(ty).unwrap(),
        cedar_policy::EntityId::new(id),
    )
}

/// Every request over a policy's domain: category x purpose x recipient (and none) x region
/// (none, each the table names, and one it does not), each with the consent sets that matter
/// to the rules it matches: nothing given; everything given; everything but one; everything
/// with one withdrawn; crossed with adult, minor, minor with a guardian's consent; and, when a
/// matching rule depends on conditions, crossed with the condition sets that matter: none
/// asserted, all, each one alone and all but each one.
pub fn domain(table: &DecisionTable) -> Vec<Request> {
    let evaluator = Evaluator::from_table(table.clone());
    let mut regions: Vec<Option<String>> = vec![None];
    regions.extend(table.regions.iter().cloned().map(Some));
    regions.push(Some("XX".into()));
    let mut recipients: Vec<Option<String>> = vec![None];
    recipients.extend(table.recipients.iter().map(|r| Some(r.id.clone())));
    let mut out = Vec::new();
    for c in &table.categories {
        for p in &table.purposes {
            for r in &recipients {
                for g in &regions {
                    let base = Request {
                        category: c.id.clone(),
                        purpose: p.id.clone(),
                        recipient: r.clone(),
                        region: g.clone(),
                        conditions: Vec::new(),
                        person: Person::default(),
                    };
                    let mut relevant: Vec<String> = Vec::new();
                    let mut asserted: Vec<String> = Vec::new();
                    for rule in evaluator.matching(&base) {
                        for id in rule.consents.iter().chain(&rule.cross_border_consent) {
                            if !relevant.contains(id) {
                                relevant.push(id.clone());
                            }
                        }
                        for id in &rule.conditions {
                            if !asserted.contains(id) {
                                asserted.push(id.clone());
                            }
                        }
                    }
                    let mut condition_sets: Vec<Vec<String>> = vec![Vec::new()];
                    if !asserted.is_empty() {
                        condition_sets.push(asserted.clone());
                    }
                    if asserted.len() > 1 {
                        for (i, id) in asserted.iter().enumerate() {
                            condition_sets.push(vec![id.clone()]);
                            let mut but_one = asserted.clone();
                            but_one.remove(i);
                            condition_sets.push(but_one);
                        }
                    }
                    if evaluator.matching(&base).next().is_none() {
                        out.push(base);
                        continue;
                    }
                    let mut sets: Vec<(Vec<String>, Vec<String>)> =
                        vec![(Vec::new(), Vec::new()), (relevant.clone(), Vec::new())];
                    for (i, id) in relevant.iter().enumerate() {
                        let mut but_one = relevant.clone();
                        but_one.remove(i);
                        sets.push((but_one, Vec::new()));
                        sets.push((relevant.clone(), vec![id.clone()]));
                    }
                    for conditions in &condition_sets {
                        for (consents, withdrawn) in &sets {
                            for (minor, guardian) in [(false, false), (true, false), (true, true)] {
                                let mut req = base.clone();
                                req.conditions = conditions.clone();
                                req.person = Person {
                                    consents: consents.clone(),
                                    withdrawn: withdrawn.clone(),
                                    minor,
                                    guardian_consent: guardian,
                                };
                                out.push(req);
                            }
                        }
                    }
                }
            }
        }
    }
    out
}
