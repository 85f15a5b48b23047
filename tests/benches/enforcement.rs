//! Decisions per second of the three enforcement engines on the same requests (divan):
//! pol's embedded evaluator, regorus (the emitted Rego + data.json) and cedar-policy (the
//! emitted Cedar), over the megvii example's whole request domain.
//!
//! Run: `cargo bench -p pol-tests --bench enforcement`. Figures are in docs/benchmarks.md;
//! nothing here is asserted.

#[path = "../tests/support/enforce.rs"]
mod enforce;

use std::path::Path;
use std::sync::LazyLock;

use divan::counter::ItemsCount;
use divan::Bencher;
use enforce::{Cedar, Emitted, Opa};
use pol_eval::{DecisionTable, Evaluator, Request};

fn main() {
    divan::main();
}

struct Setup {
    table: DecisionTable,
    emitted: Emitted,
    requests: Vec<Request>,
}

static SETUP: LazyLock<Setup> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/megvii");
    let analysis = pol::Workspace::open(&dir).unwrap().analyze();
    let table = pol::backends::enforce::decision_table(&analysis.policy);
    let emitted = Emitted {
        files: pol::backends::enforce::emit_table(&table).unwrap(),
    };
    let requests = enforce::domain(&table);
    Setup {
        table,
        emitted,
        requests,
    }
});

/// The requests one iteration decides: an even sample of 512 from the domain.
static SAMPLE: LazyLock<Vec<Request>> = LazyLock::new(|| {
    let all = &SETUP.requests;
    let step = (all.len() / 512).max(1);
    all.iter().step_by(step).take(512).cloned().collect()
});

fn sample() -> &'static [Request] {
    &SAMPLE
}

#[divan::bench]
fn embedded(bencher: Bencher) {
    let ev = Evaluator::from_table(SETUP.table.clone());
    let requests = sample();
    bencher.counter(ItemsCount::new(requests.len())).bench(|| {
        let mut allowed = 0usize;
        for r in requests {
            allowed += usize::from(divan::black_box(ev.decide(divan::black_box(r))).is_allow());
        }
        allowed
    });
}

#[divan::bench(sample_count = 10)]
fn regorus(bencher: Bencher) {
    let mut opa = Opa::load(&SETUP.emitted);
    let requests = sample();
    bencher
        .counter(ItemsCount::new(requests.len()))
        .bench_local(|| {
            let mut allowed = 0usize;
            for r in requests {
                allowed += usize::from(opa.decide(divan::black_box(r))["decision"] == "allow");
            }
            allowed
        });
}

#[divan::bench(sample_count = 10)]
fn cedar(bencher: Bencher) {
    let cedar = Cedar::load(&SETUP.emitted);
    // Requests are built outside the timing: the service builds them anyway.
    let requests: Vec<cedar_policy::Request> = sample().iter().map(|r| cedar.request(r)).collect();
    bencher.counter(ItemsCount::new(requests.len())).bench(|| {
        let mut allowed = 0usize;
        for r in &requests {
            allowed += usize::from(cedar.allows(divan::black_box(r)));
        }
        allowed
    });
}
