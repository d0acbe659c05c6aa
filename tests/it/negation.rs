//! Negation as real reporting writes it, through the library: the phrase cues, the
//! passive, `without` before a verb only, a cue inside a matched term, and facts that
//! assert absence (`negation = "asserted"`). Also the irregular past forms and
//! `@alias` in string facts, which change what a window matches.

use crate::matching::{check, s, x};
use crate::util::Suite;
use factcheck::engine::Stance;

/// The first piece of evidence `fact` finds in `text` is against it.
fn denied(fact: &str, text: &str) {
    assert_eq!(check(fact, text)[0].0, Stance::Against, "{text}");
}

/// The first piece of evidence `fact` finds in `text` supports it.
fn told(fact: &str, text: &str) {
    assert_eq!(check(fact, text)[0].0, Stance::Supports, "{text}");
}

#[test]
fn phrase_cues_count_against_and_are_never_split() {
    assert_eq!(
        check(
            "all = [\"peace talks\"]",
            "We are not yet at peace talks, Aoun said."
        ),
        [x(
            "We are not yet at peace talks, Aoun said.",
            "negated by \"not yet\""
        )]
    );
    for (text, cue) in [
        (
            "The meeting fell short of peace negotiations.",
            "fell short of",
        ),
        (
            "Salam said Lebanon is far from peace negotiations.",
            "far from",
        ),
        ("Israel refused to join peace negotiations.", "refused to"),
        ("The sides failed to open peace negotiations.", "failed to"),
        ("Beirut no longer wants peace negotiations.", "no longer"),
        ("Nobody expects peace negotiations.", "nobody"),
        ("No one expects peace negotiations.", "no one"),
        ("Aoun ruled out peace negotiations.", "ruled out"),
    ] {
        assert_eq!(
            check("all = [\"peace negotiations\"]", text),
            [x(text, &format!("negated by \"{cue}\""))],
            "{text}"
        );
    }
}

#[test]
fn a_passive_cue_negates_what_comes_before_it_not_the_one_who_rejects() {
    assert_eq!(
        check(
            "all = [\"normalisation\"]",
            "Normalisation with Israel was ruled out."
        ),
        [x(
            "Normalisation with Israel was ruled out.",
            "negated by \"ruled out\""
        )]
    );
    assert_eq!(
        check("all = [\"plan\"]", "The plan has been firmly rejected."),
        [x(
            "The plan has been firmly rejected.",
            "negated by \"rejected\""
        )]
    );
    assert_eq!(
        check("all = [\"Salam\"]", "Salam rejected that description."),
        [s("Salam rejected that description.")]
    );
    // the passive reaches back only inside its clause
    assert_eq!(
        check(
            "all = [\"talks\"]",
            "The talks went ahead, but the plan was rejected."
        ),
        [s("The talks went ahead, but the plan was rejected.")]
    );
}

#[test]
fn without_negates_a_verb_not_a_noun() {
    assert_eq!(
        check(
            "all = [\"households\", \"electricity\"]",
            "Some 28,000 households were still without electricity."
        ),
        [s("Some 28,000 households were still without electricity.")]
    );
    assert_eq!(
        check(
            "all = [\"talks\", \"deal\"]",
            "The talks ended without reaching a deal."
        ),
        [x(
            "The talks ended without reaching a deal.",
            "negated by \"without\""
        )]
    );
}

#[test]
fn a_cue_inside_a_matched_term_is_what_the_fact_says() {
    let text = "Salam said Lebanon is far from normalization.";
    assert_eq!(
        check("all = [\"far from\", \"normalization\"]", text),
        [s(text)]
    );
    assert_eq!(
        check(
            "all = [\"not yet\", \"normalization\"]",
            "Not yet normalization."
        ),
        [s("Not yet normalization.")]
    );
}

#[test]
fn asserted_absence_is_supported_by_negation_and_contradicted_without_it() {
    let fact = "all = [\"evacuation order\", \"issued\"]\nnegation = \"asserted\"";
    assert_eq!(
        check(fact, "No evacuation order was issued before the strike."),
        [(
            factcheck::engine::Stance::Supports,
            "No evacuation order was issued before the strike.".into(),
            Some("negated by \"no\", as the fact asserts".into())
        )]
    );
    assert_eq!(
        check(fact, "The army issued an evacuation order at noon."),
        [x(
            "The army issued an evacuation order at noon.",
            "not negated: the fact asserts this did not happen"
        )]
    );
    // another date says nothing about whether it did not happen on this one
    let dated = "all = [\"evacuation order\"]\ndate = \"2025-11-23\"\nnegation = \"asserted\"";
    assert!(check(dated, "An evacuation order came on November 20, 2025.").is_empty());
}

#[test]
fn irregular_past_forms_match_their_verb() {
    let text = "Lebanese and Israeli delegates met in Naqura.";
    assert_eq!(check("all = [\"meet\", \"@naq\"]", text), [s(text)]);
    let text = "The talks were held on Wednesday.";
    assert_eq!(check("all = [\"talks\", \"hold\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"strike\"]", "An Israeli drone struck a car."),
        [s("An Israeli drone struck a car.")]
    );
    let text = "Assad was overthrown in December 2024.";
    assert_eq!(check("all = [\"Assad\", \"overthrow\"]", text), [s(text)]);
    let text = "Footage seen by AFP showed the strike.";
    assert_eq!(check("all = [\"see\", \"footage\"]", text), [s(text)]);
    // `left` is also a direction: not read as `leave`
    assert!(check("all = [\"leave\"]", "He turned left.").is_empty());
}

const ALIASES: &str = "[aliases]\nnaqoura = [\"Naqoura\", \"Naqura\"]\n";

#[test]
fn an_alias_in_a_string_fact_matches_its_variants() {
    Suite::new()
        .claims(
            "c.toml",
            format!(
                "{ALIASES}[[claim]]\nid = \"c\"\nstatement = \"s\"\nexpect = \"supported\"\nfact = [\"talks in @naqoura\"]\n"
            ),
        )
        .article("a.txt", "The talks in Naqura ended.\n")
        .run(&["check"])
        .status(0)
        .stdout_has("supported");
}

#[test]
fn an_unknown_alias_in_a_string_fact_is_an_error() {
    Suite::new()
        .claims(
            "c.toml",
            format!(
                "{ALIASES}[[claim]]\nid = \"c\"\nstatement = \"s\"\nfact = [\"talks in @naqora\"]\n"
            ),
        )
        .article("a.txt", "The talks in Naqura ended.\n")
        .run(&["check"])
        .status(2)
        .stderr_has("naqora")
        .stderr_has("naqoura");
}

#[test]
fn an_invalid_negation_value_is_an_error_that_says_what_to_write() {
    Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\nall = [\"talks\"]\nnegation = \"denied\"\n",
        )
        .article("a.txt", "Talks.\n")
        .run(&["check"])
        .status(2)
        .stderr_has("invalid `negation`")
        .stderr_has("\"asserted\"");
}

#[test]
fn explain_shows_windows_dropped_by_not_and_the_rule_that_turned_one_against() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"c\"\nstatement = \"s\"\n\
             [[claim.fact]]\nsay = \"talks held\"\nall = [\"talks\", \"held\"]\nnot = [\"Geneva\"]\n\
             [[claim.fact]]\nsay = \"a deal\"\nall = [\"deal\"]\n",
        )
        .article(
            "a.txt",
            "Talks were held in Geneva.\nTalks were held in Naqura.\nThe talks ended without reaching a deal.\n",
        );
    s.run(&["explain", "c"])
        .status(0)
        .stdout_has("  SKIPPED corpus/a.txt:1:1\n    ⟦Talks⟧ were ⟦held⟧ in ⟦Geneva⟧.\n    reason: dropped by the `not` term \"Geneva\" (\"Geneva\")")
        .stdout_has("  supports corpus/a.txt:2:1")
        .stdout_has("reason: negated by \"without\"\n    turned against by: negation");
    // a fact whose every window was dropped says so
    Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\nall = [\"talks\"]\nnot = [\"Geneva\"]\n",
        )
        .article("a.txt", "Talks were held in Geneva.\n")
        .run(&["explain", "c"])
        .status(0)
        .stdout_has("no evidence: every window that matched was dropped by its `not`");
}

#[test]
fn a_negated_string_fact_asserts_absence() {
    let claim =
        "[[claim]]\nid = \"c\"\nstatement = \"s\"\nfact = [\"No evacuation order was issued\"]\n";
    Suite::new()
        .claims("c.toml", claim)
        .article(
            "a.txt",
            "No evacuation order was issued before the strike.\n",
        )
        .run(&["check", "--format", "json"])
        .status(0)
        .stdout_has("\"verdict\": \"supported\"");
    Suite::new()
        .claims("c.toml", claim)
        .article("a.txt", "The army issued an evacuation order at noon.\n")
        .run(&["check", "--format", "json"])
        .status(0)
        .stdout_has("\"verdict\": \"contradicted\"");
}

#[test]
fn idioms_and_compounds_that_only_look_negative_do_not_negate() {
    for (fact, text) in [
        (
            "all = [\"Israel\", \"struck\", \"Tyre\"]",
            "Israel not only struck Beirut but also Tyre on Sunday.",
        ),
        (
            "all = [\"people\", \"killed\"]",
            "Dozens if not hundreds of people were killed in the flooding.",
        ),
        (
            "all = [\"parliament\", \"vote\"]",
            "France's parliament held a no-confidence vote on Monday.",
        ),
        (
            "all = [\"spokesperson\", \"talks\"]",
            "A spokesperson for No 10 said talks would continue.",
        ),
        (
            "all = [\"meeting\"]",
            "There is no doubt the meeting took place, a diplomat said.",
        ),
    ] {
        assert_eq!(check(fact, text), [s(text)], "{text}");
    }
}

#[test]
fn a_cue_does_not_reach_past_a_subordinating_word() {
    let text =
        "Hezbollah did not immediately comment after Israel struck Beirut's southern suburbs.";
    assert_eq!(
        check("all = [\"Israel\", \"struck\", \"Beirut\"]", text),
        [s(text)]
    );
    assert_eq!(
        check("all = [\"Hezbollah\", \"comment\"]", text),
        [x(text, "negated by \"not\"")]
    );
    // a passive cue does not reach back past one either
    let text = "Israel struck Beirut after the plan was rejected.";
    assert_eq!(check("all = [\"Israel\", \"struck\"]", text), [s(text)]);
    // an evacuation order mentioned after `before` is not what `no` negates
    let fact = "all = [\"evacuation order\"]\nnegation = \"asserted\"";
    let text = "Residents said there was no warning before the evacuation order.";
    assert_eq!(
        check(fact, text),
        [x(text, "not negated: the fact asserts this did not happen")]
    );
}

#[test]
fn the_agent_of_a_passive_cue_is_not_negated() {
    let text = "The ceasefire proposal was rejected by Hamas on Tuesday.";
    assert_eq!(check("all = [\"Hamas\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"ceasefire proposal\"]", text),
        [x(text, "negated by \"rejected\"")]
    );
    // without `by`, what follows a passive `denied` is negated
    let text = "Foreign journalists were denied access to Gaza.";
    assert_eq!(
        check("all = [\"access\"]", text),
        [x(text, "negated by \"denied\"")]
    );
}

#[test]
fn two_cues_that_negate_each_other_cancel() {
    let text = "An Israeli ground incursion has not been ruled out, the minister said.";
    assert_eq!(check("all = [\"ground incursion\"]", text), [s(text)]);
    let text = "Israel did not deny carrying out the strike.";
    assert_eq!(check("all = [\"strike\"]", text), [s(text)]);
    let text = "The strike hit a building not far from the hospital.";
    assert_eq!(check("all = [\"strike\", \"hospital\"]", text), [s(text)]);
    // when the second cue is the fact's own term, the first negates it
    assert_eq!(
        check("all = [\"far from\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text = "Lebanon has not ruled out direct talks.";
    assert_eq!(
        check("all = [\"ruled out\", \"talks\"]", text),
        [x(text, "negated by \"not\"")]
    );
}

#[test]
fn yet_to_and_without_an_adverb_negate() {
    let text = "Israel has yet to withdraw its troops from five hilltops.";
    assert_eq!(
        check("all = [\"troops\", \"withdraw\"]", text),
        [x(text, "negated by \"yet to\"")]
    );
    let text = "The president signed the decree without even consulting parliament.";
    assert_eq!(
        check("all = [\"parliament\"]", text),
        [x(text, "negated by \"without\"")]
    );
    let text = "Manila signed the accord without Beijing's approval.";
    assert_eq!(check("all = [\"Beijing\"]", text), [s(text)]);
}

#[test]
fn a_string_fact_with_two_cues_that_cancel_asserts_nothing() {
    let claim =
        "[[claim]]\nid = \"c\"\nstatement = \"s\"\nfact = [\"Lebanon has not ruled out talks\"]\n";
    Suite::new()
        .claims("c.toml", claim)
        .article("a.txt", "Lebanon has not ruled out talks with Israel.\n")
        .run(&["check", "--format", "json"])
        .status(0)
        .stdout_has("\"verdict\": \"supported\"");
}

#[test]
fn a_cue_does_not_reach_a_second_verb_in_the_past_tense() {
    let text = "The military denied the report and said it struck a weapons depot.";
    assert_eq!(check("all = [\"struck\", \"depot\"]", text), [s(text)]);
    // (the report denied was made: a fact about it alone is told, round 26)
    assert_eq!(check("all = [\"report\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"military\", \"report\"]", text),
        [x(text, "negated by \"denied\"")]
    );
    // after `did not` the second verb is in its base form, and negated
    let text = "Israel did not strike and fire at Tyre.";
    assert_eq!(
        check("all = [\"fire\", \"Tyre\"]", text),
        [x(text, "negated by \"not\"")]
    );
}

#[test]
fn a_negated_subject_leaves_the_setting_after_its_verb_as_given() {
    // the strike happened; no one was hurt in it
    let text = "No one was hurt in the strike on Tyre, the army said.";
    assert_eq!(check("all = [\"strike\", \"Tyre\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"hurt\"]", text),
        [x(text, "negated by \"no one\"")]
    );
    let text = "No agreement was reached at the talks in Naqura.";
    assert_eq!(check("all = [\"talks\", \"@naq\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"agreement\", \"@naq\"]", text),
        [x(text, "negated by \"no\"")]
    );
    // a predicate's negation still takes its place along
    let text = "The talks were not held in Naqura.";
    assert_eq!(
        check("all = [\"held\", \"@naq\"]", text),
        [x(text, "negated by \"not\"")]
    );
    // the object of a participle after a comma: what it did to no one is denied,
    // the act before the comma is told
    let text = "A drone struck a training centre outside the plant, wounding no one.";
    assert_eq!(
        check("all = [\"wounding|wounded\"]", text),
        [x(text, "negated by \"no one\"")]
    );
    assert_eq!(check("all = [\"drone\", \"struck\"]", text), [s(text)]);
}

#[test]
fn not_telling_denies_the_telling_not_what_it_is_about() {
    let text = "UNIFIL's statement listed four positions, without mentioning Kfarkela.";
    assert_eq!(check("all = [\"Kfarkela\"]", text), [s(text)]);
    let text = "The army did not identify the dead in Yater.";
    assert_eq!(check("all = [\"dead\", \"Yater\"]", text), [s(text)]);
    // (not confirmed is not denied, round 26)
    let text = "The army has not confirmed the strike on Tyre.";
    assert_eq!(check("all = [\"strike\", \"Tyre\"]", text), [s(text)]);
    let text = "Hezbollah did not immediately confirm his death.";
    assert_eq!(
        check("all = [\"Hezbollah\", \"confirm\"]", text),
        [x(text, "negated by \"not\"")]
    );
    // (not when the term says something else in the window too)
    let text = "Access to details of the talks was limited, though the army stopped short of providing further details.";
    assert_eq!(check("all = [\"details\", \"talks\"]", text), [s(text)]);
    // a fact that names the telling is denied by it
    let text = "Morcos did not mention a deadline.";
    assert_eq!(
        check(
            "all = [\"deadline\"]\nany = [\"mention\"]\nnegation = \"asserted\"",
            text
        ),
        [(
            factcheck::engine::Stance::Supports,
            text.to_string(),
            Some("negated by \"not\", as the fact asserts".to_string())
        )]
    );
}

#[test]
fn a_yes_or_no_question_asks_what_it_says_and_a_title_is_no_cue() {
    // a direct question that opens with an auxiliary tells nothing either way
    for text in [
        "Did the Doha talks fail?",
        "Will Hamas hand over its weapons before the end of the year?",
        "“Did the strike kill civilians?” a reporter asked.",
    ] {
        assert_eq!(
            check("all = [\"talks|weapons|strike\"]", text),
            [],
            "{text}"
        );
    }
    // a question word takes its act as told; a statement is told
    let text = "Why did Israel strike Tyre?";
    assert_eq!(check("all = [\"Tyre\"]", text), [s(text)]);
    let text = "Hamas will hand over its weapons, the mediators said.";
    assert_eq!(check("all = [\"weapons\"]", text), [s(text)]);
    // `Neither side has denied` cancels like `did not deny`
    let text = "Neither side has denied that the meeting took place in Baku.";
    assert_eq!(check("all = [\"meeting\", \"Baku\"]", text), [s(text)]);
    let text = "Neither side has rejected the plan for Baku.";
    assert_eq!(
        check("all = [\"plan\", \"Baku\"]", text),
        [s(text)],
        "(the plan is told either way)"
    );
    // a capitalised `No` inside a sentence before a capitalised word is a title
    let text = "The documentary No Other Land was screened in Ramallah.";
    assert_eq!(
        check("all = [\"documentary\", \"screened\"]", text),
        [s(text)]
    );
    // dismissing reports denies them; a dismissal of a person is no cue
    let text = "His family dismissed reports that he had collapsed in the dock.";
    assert_eq!(
        check("all = [\"collapsed\", \"dock\"]", text),
        [x(text, "negated by \"dismissed\"")]
    );
    let text = "The minister dismissed the governor after he collapsed in the dock.";
    assert_eq!(check("all = [\"collapsed\", \"dock\"]", text), [s(text)]);
    // an unverified report is reported, not denied
    let text =
        "Reuters could not independently verify reports that fighters had seized two villages.";
    assert_eq!(check("all = [\"fighters\", \"seized\"]", text), [s(text)]);
    // a cue does not reach past `as` before a new subject, a count among them
    let text = "Neither the army nor the police intervened as hundreds of protesters stormed the parliament.";
    assert_eq!(
        check("all = [\"protesters\", \"stormed\"]", text),
        [s(text)]
    );
    // an act awaited supposes all it holds, whatever the form of the fact's verb
    let text = "Hamas refused to hand over the bodies until Israel reopens the Rafah crossing.";
    assert_eq!(check("all = [\"Israel\", \"reopen\", \"Rafah\"]", text), []);
    let text = "The Kremlin ruled out a ceasefire before Ukrainian troops withdraw from Donetsk.";
    assert_eq!(
        check("all = [\"troops\", \"withdraw\", \"Donetsk\"]", text),
        []
    );
    // (not a noun phrase after `before`, nor a participle)
    let text = "Measures were taken before the strike to protect civilian homes.";
    assert_eq!(check("all = [\"civilian\", \"homes\"]", text), [s(text)]);
    let text = "The army will clear the south by year-end, before extending efforts nationwide.";
    assert_eq!(check("all = [\"extending\", \"efforts\"]", text), [s(text)]);
    let text = "The army said no Israeli soldiers crossed.";
    assert_eq!(
        check("all = [\"soldiers\", \"crossed\"]", text),
        [x(text, "negated by \"no\"")]
    );
}

/// A guess (`may have caused`) or a threat (`threatened to walk out`) tells its act
/// neither way; a fact about the threat itself, or a plan, is told. A duty or a
/// modal (`must be passed`, `are required to remove`, `said it would appeal`)
/// tells nothing of an act the fact writes as done.
#[test]
fn a_guess_or_a_threat_tells_its_act_neither_way() {
    let text = "Investigators said debris from a downed drone may have caused the fire.";
    assert_eq!(check("all = [\"debris\", \"caused\", \"fire\"]", text), []);
    let text = "The EU threatened to walk out of the talks in Belem.";
    assert_eq!(check("all = [\"walk out\", \"talks\"]", text), []);
    assert_eq!(
        check("all = [\"threatened\", \"walk out\"]", text),
        [s(text)]
    );
    // (a consequence supposed: `would` in a sentence with a condition)
    let text = "Israel would halt its strikes if Hezbollah disarms, the envoy said.";
    assert_eq!(check("all = [\"Israel\", \"halt\", \"strikes\"]", text), []);
    let text = "Unions threatened a strike over the reform, which would extend the working day.";
    assert_eq!(
        check("all = [\"extend\", \"working day\"]", text),
        [s(text)]
    );
    // (with its time between: `threatened on Tuesday to call`)
    let text = "The CGT threatened on Tuesday to call a general strike.";
    assert_eq!(check("all = [\"CGT\", \"call\"]", text), []);
    // (a plan is told for a fact about the plan: PRODUCT.md reads its date as
    // the act's; not for a fact that writes the act as done)
    let text = "The envoys are expected to meet in Naqoura on Friday.";
    assert_eq!(check("all = [\"meet\", \"Naqoura\"]", text), [s(text)]);
    assert_eq!(check("all = [\"met\", \"Naqoura\"]", text), []);
    let text = "The central bank is expected to cut interest rates on Thursday.";
    assert_eq!(check("all = [\"cut\", \"interest rates\"]", text), []);
    assert_eq!(
        check("all = [\"expected\", \"cut\", \"interest rates\"]", text),
        [s(text)]
    );
    let text = "Chelsea plan to sign the striker, who hoped to reach a deal by Friday.";
    assert_eq!(check("all = [\"signed\", \"striker\"]", text), []);
    assert_eq!(check("all = [\"reached\", \"deal\"]", text), []);
    // (`will`, and a plan through `be`, stay told)
    let text = "The envoys will meet again. Mutharika is due to be sworn in on Saturday.";
    assert_eq!(
        check("all = [\"met\", \"envoys\"]", text),
        [s("The envoys will meet again.")]
    );
    assert_eq!(
        check("all = [\"sworn in\", \"Mutharika\"]", text),
        [s("Mutharika is due to be sworn in on Saturday.")]
    );
    // (a duty, a promise, an agreement or a modal before an act the fact writes
    // as done tells nothing of it, through `be` too; but a cue before it in its
    // sentence still denies, and a fact with a date or a number reads the plan's)
    let text = "The bill must be passed by 31 December, the minister said.";
    assert_eq!(check("all = [\"bill\", \"passed\"]", text), []);
    let text = "Large platforms are required to remove illegal content within 24 hours.";
    assert_eq!(check("all = [\"platforms\", \"removed\"]", text), []);
    let text = "The Department of Justice said it would appeal the decision.";
    assert_eq!(
        check("all = [\"Department of Justice\", \"appealed\"]", text),
        []
    );
    assert_eq!(
        check("all = [\"Department of Justice\", \"appeal\"]", text),
        [s(text)]
    );
    let text = "Lebanon said its delegation would be led by Simon Karam.";
    assert_eq!(
        check(
            "all = [\"delegation\", \"Karam\"]\nany = [\"led\", \"leads\"]",
            text
        ),
        [s(text)]
    );
    // (`could` in a sentence with a condition supposes)
    let text =
        "The United States could lose its status too if outbreaks are not brought under control.";
    assert_eq!(
        check(
            "all = [\"United States\", \"status\"]\nany = [\"lost\", \"lose\"]",
            text
        ),
        []
    );
    // (`May` the month is no modal; a participle straight after `to` is no verb
    // owed)
    let text = "The parliament in May approved the law.";
    assert_eq!(check("all = [\"approved\", \"law\"]", text), [s(text)]);
    let text = "The UN increased the aid offered to displaced families in the south.";
    assert_eq!(
        check("all = [\"displaced\", \"families\"]", text),
        [s(text)]
    );
    // (a question's `if` is no condition)
    let text = "The fire could spread, but it was unclear if anyone was inside.";
    assert_eq!(check("all = [\"fire\"]", text), [s(text)]);
    let text = "Rospigliosi said no new vote would be held before January.";
    assert_eq!(
        check("all = [\"new vote\", \"held\"]", text),
        [x(text, "negated by \"no\"")]
    );
}

/// A fact's act past the reach of a cue before it (after a subordinating word,
/// or in a relative clause after a cue of a verb) is told, though the cue
/// reaches the fact's nouns: the cue denies something else of them.
#[test]
fn an_act_past_a_cues_reach_is_told() {
    let text = "Police have not arrested the settlers who torched a mosque in Deir Istiya.";
    assert_eq!(
        check("all = [\"settlers\", \"torched\", \"mosque\"]", text),
        [s(text)]
    );
    // (a relative clause's verb in any tense: the officers remain free)
    let text = "The court did not order the arrest of the officers, who will remain free.";
    assert_eq!(
        check("all = [\"officers\", \"remain free\"]", text),
        [s(text)]
    );
    assert_eq!(
        check("all = [\"order\", \"arrest\", \"officers\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text = "Kovalenko refused to shake hands with Sokolova after beating her in Paris.";
    assert_eq!(
        check("all = [\"Kovalenko\", \"beating\", \"Sokolova\"]", text),
        [s(text)]
    );
    // (an act before the cue has its complement denied; a subject's cue reaches
    // past its relative clause to its verb)
    let text = "Israel struck targets in the Bekaa, not in the south, the army said.";
    assert_eq!(
        check("all = [\"struck\", \"south\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text = "No soldiers who were stationed nearby intervened, B'Tselem said.";
    assert_eq!(
        check("all = [\"soldiers\", \"intervened\"]", text),
        [x(text, "negated by \"no\"")]
    );
    // (a fact naming no act past the reach keeps the letter: its nouns are denied)
    let text = "Police have not arrested the settlers who torched a mosque in Deir Istiya.";
    assert_eq!(
        check("all = [\"arrested\", \"settlers\"]", text),
        [x(text, "negated by \"not\"")]
    );
}

/// `declined to` refuses before a verb (`declined to comment`), not before the
/// level a figure fell to (`declined to 5%`); `barred from`, `banned from` and
/// `prevented from` deny a verb in `-ing` after them, not a place.
#[test]
fn declining_and_being_barred_deny_the_verb_after_them() {
    let text = "The state government declined to comment on the verdict.";
    assert_eq!(
        check("all = [\"government\", \"comment\"]", text),
        [x(text, "negated by \"declined to\"")]
    );
    let text = "Inflation declined to 5% in May, the central bank said.";
    assert_eq!(
        check("all = [\"inflation\", \"declined\"]", text),
        [s(text)]
    );
    let text = "Exports declined to their lowest level since 2020.";
    assert_eq!(
        check("all = [\"exports\", \"lowest level\"]", text),
        [s(text)]
    );
    let text = "The opposition leader was barred from running in the election.";
    assert_eq!(
        check("all = [\"opposition leader\", \"running\"]", text),
        [x(text, "negated by \"barred from\"")]
    );
    let text = "Fans were banned from Gaza stadiums for a year.";
    assert_eq!(check("all = [\"fans\", \"stadiums\"]", text), [s(text)]);
}

/// `unable to` denies the verb after it; `nothing short of` is an emphasis, no
/// cue; a past `not` whose reach ends at `until` and a time tells the act, late
/// (`did not reach the village until Tuesday`, `until the talks ended`), but not
/// a future one.
#[test]
fn unable_to_nothing_short_of_and_not_until_a_time() {
    let text = "Helicopters were unable to land in the valley on Monday.";
    assert_eq!(
        check("all = [\"helicopters\", \"land\"]", text),
        [x(text, "negated by \"unable to\"")]
    );
    let text = "Arteta called the performance nothing short of outstanding.";
    assert_eq!(
        check("all = [\"Arteta\", \"outstanding\"]", text),
        [s(text)]
    );
    let text = "Rescuers did not reach the village of Mazar Dara until Tuesday.";
    assert_eq!(
        check("all = [\"rescuers\", \"reach\", \"Mazar Dara\"]", text),
        [s(text)]
    );
    let text = "Israel will not withdraw from the hilltops until March.";
    assert_eq!(
        check("all = [\"Israel\", \"withdraw\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text = "The ministry did not release the figures until the talks ended.";
    assert_eq!(
        check("all = [\"ministry\", \"release\", \"figures\"]", text),
        [s(text)]
    );
    // (the `until` of the next sentence is not the cue's)
    let text = "Turnout was not as low as expected. He would not concede until a recount was held.";
    assert_eq!(
        check("all = [\"turnout\", \"low\"]", text),
        [x(
            "Turnout was not as low as expected.",
            "negated by \"not\""
        )]
    );
    let text = "The ministry did not release the figures until now.";
    assert_eq!(
        check("all = [\"ministry\", \"release\", \"figures\"]", text),
        [x(text, "negated by \"not\"")]
    );
}

/// A fact told in a clause of its own beside a negated one is told: a term the
/// cue does not reach (the subject before it) may be taken up by a pronoun in
/// the clause told, and a cue inside a hit (`ruled out` for the term) leaves its
/// clause told. Without a pronoun, a term only in the negated clause keeps the
/// window negated.
#[test]
fn a_clause_told_beside_a_negated_one_takes_up_its_subject() {
    let text =
        "Reeves has not ruled out raising income tax, but on Tuesday she ruled out a wealth tax.";
    assert_eq!(
        check("all = [\"Reeves\", \"ruled out\", \"wealth tax\"]", text),
        [s(text)]
    );
    let text =
        "Hezbollah denied firing the rockets, though the army said rockets were fired from Tyre.";
    assert_eq!(
        check("all = [\"Hezbollah\", \"firing|fired\", \"rockets\"]", text),
        [x(text, "negated by \"denied\"")]
    );
}

/// A relative clause opened by `that` after a noun is given, as one opened by
/// `who` or `which` is (not `that` after a verb or a noun of saying); a cue
/// inside a relative clause before the sentence's verb does not reach that verb;
/// `barred X from` denies the verb in `-ing` after `from`.
#[test]
fn relative_clauses_and_what_a_bar_keeps_from() {
    let text =
        "Neither side has signed the framework agreement that Qatari mediators presented in Doha.";
    assert_eq!(
        check("all = [\"mediators\", \"presented\", \"Doha\"]", text),
        [s(text)]
    );
    let text = "Officials denied reports circulating online that a dam had burst.";
    assert_eq!(
        check("all = [\"dam\", \"burst\"]", text),
        [x(text, "negated by \"denied\"")]
    );
    let text = "RSF fighters who no longer hold positions near the airport shelled El Obeid.";
    assert_eq!(
        check("all = [\"fighters\", \"shelled\", \"El Obeid\"]", text),
        [s(text)]
    );
    assert_eq!(
        check("all = [\"fighters\", \"hold\", \"airport\"]", text),
        [x(text, "negated by \"no longer\"")]
    );
    let text = "Lund, who had never before reached a Grand Slam final, said he was proud.";
    assert_eq!(
        check("all = [\"Lund\", \"reached\", \"final\"]", text),
        [x(text, "negated by \"never\"")]
    );
    // (a fact that names the keeping says what the cue says)
    let text = "Israel has blocked all food and medicine from entering Gaza since March 2.";
    assert_eq!(check("all = [\"blocked\", \"Gaza\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"medicine\", \"entering\", \"Gaza\"]", text),
        [x(text, "negated by \"from\"")]
    );
    let text = "The court barred former President Evo Morales from running in the election.";
    assert_eq!(
        check("all = [\"Morales\", \"running\", \"election\"]", text),
        [x(text, "negated by \"from\"")]
    );
}

/// A plan called off did not happen: `called off`, `postponed`, `cancelled`,
/// `scrapped`, `shelved` negate what follows, and in the passive what precedes
/// in their clause; a plan postponed `until`, `to`, `from` or `for` a time is
/// moved, not called off; a fact that names the cue is about it. An acquittal
/// denies its charge to a conviction told after `but`; what `was false` is
/// denied; `as` before a name and its verb bounds a cue.
#[test]
fn a_plan_called_off_or_postponed_did_not_happen() {
    let against = |text: &str| [(Stance::Against, text.to_string())];
    let stances = |fact: &str, text: &str| -> Vec<(Stance, String)> {
        check(fact, text)
            .into_iter()
            .map(|(s, q, _)| (s, q))
            .collect()
    };
    let text = "France's rail unions on Wednesday called off a strike scheduled for Thursday.";
    assert_eq!(stances("all = [\"strike\"]", text), against(text));
    let text = "Talks in Cairo were called off on Sunday, Egyptian sources said.";
    assert_eq!(stances("all = [\"talks\", \"Cairo\"]", text), against(text));
    let text = "A visit to Beirut by envoy Morgan Ortagus has been postponed, officials said.";
    assert_eq!(
        stances("all = [\"visit\", \"Ortagus\"]", text),
        against(text)
    );
    assert_eq!(
        stances("all = [\"visit\", \"postponed\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    let text = "The league cancelled the match in Miami. The city scrapped plans for a stadium.";
    assert_eq!(
        stances("all = [\"match\", \"Miami\"]", text),
        against("The league cancelled the match in Miami.")
    );
    assert_eq!(
        stances("all = [\"stadium\"]", text),
        against("The city scrapped plans for a stadium.")
    );
    // (moved, not called off; and not called alone)
    let text = "The cabinet session was postponed until Friday.";
    assert_eq!(
        stances("all = [\"cabinet session\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    let text = "The army called reservists to the border.";
    assert_eq!(
        stances("all = [\"reservists\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    // (a fact about the plan itself is not denied by its calling off)
    let text = "The match against Forest, scheduled for Saturday, has been called off.";
    assert_eq!(
        stances("all = [\"Forest\", \"scheduled\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    assert_eq!(
        stances("all = [\"match\", \"Forest\"]", text),
        against(text)
    );
    // (an acquittal denies the charge, not the one acquitted)
    let text = "Combs was acquitted of sex trafficking, but was convicted of transportation.";
    assert_eq!(
        stances("all = [\"convicted\"]\nany = [\"sex trafficking\"]", text),
        against(text)
    );
    assert_eq!(
        stances("all = [\"Combs\", \"convicted\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    // (the conviction after `but` is told; the charge acquitted is still denied to
    // a conviction)
    let text = "A Paris court acquitted Laurent Darrieux of corruption but convicted him of illegal campaign financing.";
    assert_eq!(
        stances(
            "all = [\"Darrieux\", \"convicted\", \"campaign financing\"]",
            text
        ),
        [(Stance::Supports, text.to_string())]
    );
    assert_eq!(
        stances("all = [\"Darrieux\", \"convicted\", \"corruption\"]", text),
        against(text)
    );
    // (what was said to be false is denied)
    let text = "Earlier reports that he had been hospitalised at a Swiss clinic were false, the minister said.";
    assert_eq!(
        stances("all = [\"hospitalised\", \"Swiss clinic\"]", text),
        against(text)
    );
    // (only a plan called off after `but` denies the clause before: a rejection
    // leaves the approval told)
    let text = "The plan was approved by cabinet on Monday but was later rejected by parliament.";
    assert_eq!(
        stances("all = [\"plan\", \"approved\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    // (`as` before a name and its verb opens a clause of time the cue does not
    // reach)
    let text = "The army did not intervene as Israeli bulldozers levelled farmland.";
    assert_eq!(
        stances("all = [\"bulldozers\", \"levelled\", \"farmland\"]", text),
        [(Stance::Supports, text.to_string())]
    );
    // (two cues cancel: `was not postponed`)
    let text = "The vote was not postponed, the commission said.";
    assert_eq!(
        stances("all = [\"vote\"]", text),
        [(Stance::Supports, text.to_string())]
    );
}

/// A term as a verb after a modal inside an indirect question is asked, in any
/// form: "did not say whether it would retaliate".
#[test]
fn a_verb_after_a_modal_in_an_indirect_question_is_asked() {
    let text =
        "Hezbollah confirmed his death on Sunday but did not say whether it would retaliate.";
    assert_eq!(check("all = [\"Hezbollah\", \"retaliate\"]", text), []);
    assert_eq!(
        check("all = [\"Hezbollah\", \"confirmed\"]", text),
        [s(text)]
    );
    let text = "Hezbollah said it would retaliate.";
    assert_eq!(
        check("all = [\"Hezbollah\", \"retaliate\"]", text),
        [s(text)]
    );
}

/// A cue inside an aside does not cancel a cue after it: in "The forward, who
/// no longer starts every game, had rejected an offer" the starting is denied.
#[test]
fn a_cue_inside_an_aside_cancels_no_cue_after_it() {
    let text = "The forward, who no longer starts every game, had rejected an offer.";
    assert_eq!(
        check("all = [\"starts\", \"every game\"]", text),
        [x(text, "negated by \"no longer\"")]
    );
    let text = "Lebanon has not, however, rejected the plan.";
    assert_eq!(check("all = [\"Lebanon\", \"plan\"]", text), [s(text)]);
}

/// What the readings of plans and questions leave alone: `due to` before a
/// noun is a cause, the month May is no modal, `scraps` is a noun.
#[test]
fn causes_months_and_nouns_are_no_plan_question_or_cue() {
    let text = "The shortfall is due to cuts in foreign aid.";
    assert_eq!(check("all = [\"cut\", \"aid\"]", text), [s(text)]);
    let text = "Officials did not say whether the May talks in Doha produced a deal.";
    assert_eq!(check("all = [\"talks\", \"Doha\"]", text), [s(text)]);
    let text = "Children in Gaza searched for scraps of food on Sunday.";
    assert_eq!(check("all = [\"children\", \"food\"]", text), [s(text)]);
}

/// Plans that failed or will not happen (round 24): a merger whose talks
/// collapsed, a takeover that fell through, a launch scrubbed, a round that will
/// not take place, talks that ended without a deal; not a ceasefire that stood
/// before it collapsed, nor the plan itself (`A planned takeover`).
#[test]
fn plans_that_failed_or_will_not_happen_did_not_happen() {
    let text = "Merger talks between Honda Motor and Nissan Motor collapsed on Thursday.";
    assert_eq!(
        check("all = [\"merger\", \"Honda\", \"Nissan\"]", text),
        [x(text, "negated by \"collapsed\"")]
    );
    let text = "A planned takeover of Kestrel by Halcyon Systems fell through on Thursday.";
    assert_eq!(
        check("all = [\"takeover\", \"Kestrel\", \"Halcyon\"]", text),
        [x(text, "negated by \"fell through\"")]
    );
    assert_eq!(
        check("all = [\"planned\", \"takeover\", \"Kestrel\"]", text),
        [s(text)]
    );
    let text = "A previous ceasefire, announced in May last year, collapsed within days.";
    assert_eq!(
        check("all = [\"ceasefire\", \"announced\"]", text),
        [s(text)]
    );
    let text = "SpaceX scrubbed the launch of its Starship rocket on Tuesday.";
    assert_eq!(
        check("all = [\"Starship\", \"launch\"]", text),
        [x(text, "negated by \"scrubbed\"")]
    );
    let text = "A sixth round of talks, which had been scheduled for Sunday in Muscat, will not take place.";
    assert_eq!(
        check("all = [\"sixth round\", \"talks\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text =
        "The two delegations met in Istanbul, but the meeting ended without a ceasefire deal.";
    assert_eq!(
        check("all = [\"ceasefire deal\"]", text),
        [x(text, "negated by \"without\"")]
    );
    assert_eq!(check("all = [\"delegations\", \"met\"]", text), [s(text)]);
}

/// Negations that take what follows as told (round 24): `not without`, `No one
/// disputes that`, `could not be reached for comment on`; a fact that says
/// `without incident` is still denied by `not without incident`.
#[test]
fn double_negatives_and_unanswered_calls_tell_what_follows() {
    let text = "Her departure was not without warning: allies had said so for days.";
    assert_eq!(check("all = [\"departure\", \"warning\"]", text), [s(text)]);
    let text = "The handover of the airport was not without incident.";
    assert_eq!(
        check("all = [\"handover\", \"without incident\"]", text),
        [x(text, "negated by \"not\"")]
    );
    let text = "No one disputes that Rayner sought legal advice.";
    assert_eq!(
        check("all = [\"Rayner\", \"sought\", \"legal advice\"]", text),
        [s(text)]
    );
    let text = "Halcyon could not be reached for comment on the collapse of the deal.";
    assert_eq!(check("all = [\"collapse\", \"deal\"]", text), [s(text)]);
}

/// A report denied in an aside after it (round 24) is evidence both ways: `, a
/// claim Kyiv denied`, `, which the terror group denies` after a report; not a
/// denial negated, one with an object, a `which` that takes up a noun rather
/// than a report, nor a fact about the claim itself.
#[test]
fn a_report_denied_in_an_aside_after_it_is_evidence_both_ways() {
    let both =
        |text: &str, aside: &str| vec![s(text), x(text, &format!("denied after it: \"{aside}\""))];
    let text = "Russia's defence ministry said its forces had captured the village of Kurakhivka, a claim Kyiv denied.";
    assert_eq!(
        check("all = [\"captured\", \"Kurakhivka\"]", text),
        both(text, "a claim Kyiv denied")
    );
    let text = "Israel has repeatedly accused Hamas of diverting humanitarian aid, which the terror group denies.";
    assert_eq!(
        check("all = [\"Hamas\", \"diverting\", \"aid\"]", text),
        both(text, "which the terror group denies")
    );
    let text = "The group has said it cannot locate the bodies, a claim Israeli officials reject.";
    let mut told = both(text, "a claim Israeli officials reject");
    told[0].2 = Some("negated by \"cannot\", as the fact asserts".into());
    assert_eq!(
        check(
            "all = [\"locate\", \"bodies\"]\nnegation = \"asserted\"",
            text
        ),
        told
    );
    // not a denial negated, nor one with an object
    let text =
        "Ukraine said its drones had struck a refinery in Saratov, a claim Moscow did not deny.";
    assert_eq!(check("all = [\"struck\", \"refinery\"]", text), [s(text)]);
    let text = "Officials said Israel struck a depot in Tyre, which Israel denied carrying out.";
    assert_eq!(check("all = [\"depot\", \"Tyre\"]", text), [s(text)]);
    // a `which` after no report takes up the noun before it
    let text = "The talks came amid cross-border attacks attributed to Hezbollah, which Israel has denied.";
    assert_eq!(check("all = [\"talks\"]", text), [s(text)]);
    // the claim itself stands
    let text = "Sudani's coalition has claimed victory, a claim rival blocs rejected.";
    assert_eq!(
        check("all = [\"coalition\", \"claimed victory\"]", text),
        [s(text)]
    );
}

/// A report retracted is denied, and a refusal split by a time still refuses
/// (round 24): "retracted a report that Lesjak had resigned", "had refused for
/// months to convene an electoral session".
#[test]
fn retracted_reports_and_refusals_split_by_a_time() {
    let text = "The daily Vecer on Tuesday retracted a report that Finance Minister Andrej Lesjak had resigned.";
    assert_eq!(
        check("all = [\"Lesjak\", \"resigned\"]", text),
        [x(text, "negated by \"retracted\"")]
    );
    let text = "Speaker Nabih Berri had refused for months to convene an electoral session.";
    assert_eq!(
        check(
            "all = [\"Berri\", \"convene\", \"electoral session\"]",
            text
        ),
        [x(text, "negated by \"refused for months to\"")]
    );
    // not a level it declined to
    let text = "Inflation declined for months to 2.1% in March.";
    assert_eq!(check("all = [\"inflation\"]", text), [s(text)]);
}

/// `without` an outcome reaches that outcome only (round 24): what the outcome
/// was about is told; `put on hold` calls a plan off; a denial aside may follow
/// a dash.
#[test]
fn outcomes_missed_plans_on_hold_and_asides_after_a_dash() {
    let text = "Talks ended without progress on how the SDF's estimated 60,000 fighters would join the army.";
    assert_eq!(check("all = [\"SDF\", \"fighters\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"talks\", \"progress\"]", text),
        [x(text, "negated by \"without\"")]
    );
    let text = "Ministers discussed the plan, but the meeting ended without agreement on frozen Russian assets.";
    assert_eq!(
        check("all = [\"frozen Russian assets\", \"agreement\"]", text),
        [x(text, "negated by \"without\"")]
    );
    let text = "Everton have gone five league games without a win.";
    assert_eq!(
        check("all = [\"Everton\", \"win\"]", text),
        [x(text, "negated by \"without\"")]
    );
    let text = "The Budapest summit between Trump and Putin was put on hold on Tuesday.";
    assert_eq!(
        check("all = [\"summit\", \"Budapest\"]", text),
        [x(text, "negated by \"put on hold\"")]
    );
    let text = "Kigali has armed and financed the M23 rebels — a charge Rwanda denies.";
    assert_eq!(
        check("all = [\"M23\", \"financed\"]", text),
        [
            s(text),
            x(text, "denied after it: \"a charge Rwanda denies\"")
        ]
    );
}

/// What round 24's readings leave alone (the review's near misses): a deal noun
/// that is not the subject of `collapsed`, a manner after `did not happen`, an
/// outcome noun that only describes another, a denial of another clause's
/// report, a denied charge (the charge stands), `scrubbed` a deck, `declined for
/// months to reach` a level, `did not contest` an election, and an aside noun
/// opening the text.
#[test]
fn what_round_24_readings_leave_alone() {
    let told = |fact: &str, text: &str| assert_eq!(check(fact, text), [s(text)], "{text}");
    told(
        "all = [\"takeover\"]",
        "Two years after the takeover the retailer collapsed into administration.",
    );
    told(
        "all = [\"offer\"]",
        "The offer price for the shares collapsed after the announcement.",
    );
    told(
        "all = [\"attack\"]",
        "The attack did not happen in a vacuum, Guterres said.",
    );
    told(
        "all = [\"march\"]",
        "The march did not proceed beyond Parliament Square.",
    );
    told(
        "all = [\"ceasefire\"]",
        "The border has gone 18 months without a ceasefire violation.",
    );
    told(
        "all = [\"Israel\", \"killed\"]",
        "Israel killed 30 people on Tuesday and accused Hamas of violating the truce, a charge the group denies.",
    );
    told(
        "all = [\"Hamas\", \"handed over\", \"remains\"]",
        "Hamas handed over the remains of a hostage on Tuesday, the army said, adding that the group had breached the deal, an accusation Hamas rejects.",
    );
    told(
        "all = [\"Smith\", \"charged\", \"murder\"]",
        "Police charged Smith with murder, a charge he denies.",
    );
    told(
        "all = [\"deck\", \"ship\"]",
        "Crews scrubbed the deck of the ship on Monday.",
    );
    told(
        "all = [\"reach\", \"record low\"]",
        "Support for the government declined for months to reach a record low in November.",
    );
    let text = "Labour did not contest the Rochdale by-election.";
    assert_eq!(
        check("all = [\"Labour\", \"Rochdale\", \"by-election\"]", text),
        [x(text, "negated by \"not\"")]
    );
    // an aside's noun that opens the text (a headline) is no aside
    told(
        "all = [\"Hamas\", \"Rafah\"]",
        "Allegations Israel denies: Hamas said on Monday that Israeli troops had opened fire near Rafah.",
    );
    // but the report before an attribution is denied: `according to …, an
    // account the military denied`
    let text = "Troops opened fire near an aid site in Rafah, killing at least 31 people, according to the Health Ministry, an account the Israeli military denied.";
    assert_eq!(
        check("all = [\"Rafah\", \"killing\"]", text),
        [
            s(text),
            x(
                text,
                "denied after it: \"an account the Israeli military denied\""
            )
        ]
    );
}

/// A sentence that only denies the one before it (round 26) makes that report
/// evidence both ways, like an aside: "Hezbollah denied the claim.", "… strongly
/// denied the report on Wednesday, saying …", "dismissed the army's claims as
/// lies"; not a denial negated, one with another object, nor what a clause of
/// time sets beside the report (`after seizing the city`).
#[test]
fn a_sentence_that_denies_the_one_before_is_evidence_against_it() {
    let report =
        "The Israeli army said it struck a Hezbollah weapons depot in Kfar Kila on Tuesday.";
    for (denial, verb) in [
        ("Hezbollah denied the claim.", "Hezbollah denied"),
        (
            "Hezbollah officials strongly denied the report on Wednesday, saying the site was a school.",
            "Hezbollah officials strongly denied",
        ),
        (
            "Hezbollah dismissed the army's claims as lies.",
            "Hezbollah dismissed",
        ),
        ("The group has denied it.", "The group has denied"),
    ] {
        let text = format!("{report} {denial}");
        assert_eq!(
            check("all = [\"struck\", \"depot\"]", &text),
            [
                s(report),
                x(report, &format!("denied after it: \"{verb}\""))
            ],
            "{denial}"
        );
    }
    for denial in [
        "Hezbollah did not deny it.",
        "Hezbollah denied any involvement in the rocket fire.",
        "Hezbollah denied that its fighters were there.",
    ] {
        let text = format!("{report} {denial}");
        assert_eq!(
            check("all = [\"struck\", \"depot\"]", &text),
            [s(report)],
            "{denial}"
        );
    }
    // (a fact about the saying itself stands)
    let text = format!("{report} Hezbollah denied the claim.");
    assert_eq!(check("all = [\"army\", \"said\"]", &text), [s(report)]);
    // what a clause of time sets beside the report was not denied
    let report = "RSF fighters allegedly killed more than 460 patients in El Fasher after seizing the city on Sunday, according to the WHO.";
    let text = format!("{report} The RSF rejected the accusation.");
    assert_eq!(
        check("all = [\"RSF\", \"seizing\", \"El Fasher\"]", &text),
        [s(report)]
    );
    assert_eq!(
        check("all = [\"RSF\", \"killed\", \"patients\"]", &text),
        [
            s(report),
            x(report, "denied after it: \"The RSF rejected\"")
        ]
    );
}

/// A date after an active denial dates the denying when the fact names only
/// the one who denies (PRODUCT.md: "Salam rejected that description" does not
/// negate Salam, nor his Monday); a date after a denial of what the fact tells
/// stays negated with it, and an aside right after a clause of time denies
/// that clause.
#[test]
fn the_date_of_a_denial_is_the_deniers() {
    let text = "Prime Minister Nawaf Salam rejected that description on Monday.";
    let reason = "\"Monday\" read as 2025-12-01 (published 2025-12-04)";
    let fact = "all = [\"Salam\"]\ndate = \"2025-12-01\"";
    let dated = format!("+++\npublished = 2025-12-04\n+++\n{text}\n");
    assert_eq!(
        check(fact, &dated),
        [(Stance::Supports, text.to_string(), Some(reason.to_string()))]
    );
    let text = "Salameh, accused of embezzling 42 million dollars, denied the charges on Monday.";
    let dated = format!("+++\npublished = 2025-12-04\n+++\n{text}\n");
    assert_eq!(
        check(
            "all = [\"Salameh\", \"embezzling\"]\ndate = \"2025-12-01\"",
            &dated
        ),
        [x(text, &format!("{reason}; negated by \"denied\""))]
    );
    let text = "Netanyahu's office said the strikes were ordered after Hamas \"repeatedly refused to release our hostages\", a charge the group rejected.";
    assert_eq!(
        check("all = [\"Hamas\", \"refused\", \"hostages\"]", text),
        [
            s(text),
            x(text, "denied after it: \"a charge the group rejected\"")
        ]
    );
}

/// A report taken back after it (round 26) no longer stands: the window is
/// evidence against only ("…, but the channel retracted the report about an
/// hour later", "…, then walked back the remark", "had put the death toll at 32
/// before correcting it", "The channel later retracted the report."), and
/// "corrected an earlier statement that said …" denies what it said; not a
/// retraction negated, a figure replaced by another (`revising it to 31`), nor
/// a fact about the reporting itself.
#[test]
fn a_report_taken_back_after_it_no_longer_stands() {
    let taken =
        |text: &str, quote: &str| vec![x(text, &format!("taken back after it: \"{quote}\""))];
    let text = "Al-Hadath reported on Sunday that Hezbollah official Wafiq Safa had been killed in the strike, but the channel retracted the report about an hour later.";
    assert_eq!(
        check("all = [\"Safa\", \"killed\"]", text),
        taken(text, "but the channel retracted the report")
    );
    assert_eq!(
        check("all = [\"Al-Hadath\", \"reported\"]", text),
        [s(text)]
    );
    let text = "The government said on Friday that the army would suspend operations along the border, then walked back the remark hours later.";
    assert_eq!(
        check("all = [\"suspend\", \"operations\", \"border\"]", text),
        taken(text, "then walked back the remark")
    );
    let text = "The regional administration had initially put the death toll at 32 before correcting it, saying several victims had been counted twice.";
    assert_eq!(
        check("all = [\"death toll\"]\nnumber = 32", text)[0].0,
        Stance::Against
    );
    let text = "The administration had put the death toll at 32 before correcting it to 31.";
    assert_eq!(
        check("all = [\"death toll\"]\nnumber = 31", text)[0].0,
        Stance::Supports
    );
    let report = "Al-Hadath reported that Safa had been killed in the strike.";
    let text = format!("{report} The channel later retracted the report.");
    assert_eq!(
        check("all = [\"Safa\", \"killed\"]", &text),
        taken(report, "The channel later retracted the report")
    );
    let text = format!("{report} The channel did not retract the report.");
    assert_eq!(check("all = [\"Safa\", \"killed\"]", &text), [s(report)]);
    let text = "Kestrel Motors on Thursday corrected an earlier statement that said chief executive Hiroshi Tanabe would step down in March.";
    assert_eq!(
        check("all = [\"Tanabe\", \"step down\"]", text),
        [x(text, "negated by \"corrected\"")]
    );
}

/// Denials by naming and of what was reported (round 26): "called the video
/// staged" in the next sentence denies the report before it (not the video
/// itself); "dismissed as fabricated a report … that troops had blown up a
/// house" denies the house, not the report; "deny the embezzlement charges"
/// leaves the charges standing for a fact about them, but not for one that
/// names who denied them; a sentence denial names its report by determiners
/// only ("Both men deny the embezzlement charges" denies nothing before it).
#[test]
fn denials_by_naming_and_reports_that_stand() {
    let report = "A video circulated on Sunday purportedly showing Russian soldiers raising a flag over the station in Pokrovsk.";
    let text = format!(
        "{report} Ukraine's General Staff called the video staged, saying it was filmed elsewhere."
    );
    assert_eq!(
        check("all = [\"raising\", \"flag\", \"Pokrovsk\"]", &text),
        [
            s(report),
            x(
                report,
                "denied after it: \"Ukraine's General Staff called\""
            )
        ]
    );
    assert_eq!(
        check("all = [\"video\", \"circulated\"]", &text),
        [s(report)]
    );
    let text = "The Israeli military on Friday dismissed as fabricated a report by the Al Mayadeen channel that troops had blown up a house in Shebaa.";
    assert_eq!(
        check("all = [\"blown up\", \"house\", \"Shebaa\"]", text),
        [x(text, "negated by \"dismissed\"")]
    );
    assert_eq!(
        check("all = [\"Al Mayadeen\", \"report\"]", text),
        [s(text)]
    );
    let text = "Both men deny the embezzlement charges.";
    assert_eq!(
        check("all = [\"embezzlement\", \"charges\"]", text),
        [s(text)]
    );
    let text = "Vizcarra, who denied the charges, said he would appeal.";
    assert_eq!(
        check("all = [\"Vizcarra\", \"charges\"]", text),
        [x(text, "negated by \"denied\"")]
    );
    let report = "A request for release filed by Marc Lenoir was rejected, his lawyer said.";
    let text = format!("{report} Both men deny the embezzlement charges.");
    assert_eq!(
        check("all = [\"request\", \"Lenoir\"]", &text)[..1],
        [x(report, "negated by \"rejected\"")]
    );
}

/// Near misses of round 26's readings, from the review: none of these denies,
/// takes back or keeps what the fact says.
#[test]
fn what_round_26_readings_leave_alone() {
    let told = |fact: &str, text: &str| {
        assert_eq!(
            check(fact, text)
                .into_iter()
                .map(|e| e.0)
                .collect::<Vec<_>>(),
            [Stance::Supports],
            "{text}"
        );
    };
    // something else taken back, or a retraction not made
    told(
        "all = [\"minister\", \"resigned\"]",
        "The minister resigned on Monday, then walked back the comments he made about the army.",
    );
    told(
        "all = [\"Morocco\", \"seized\", \"islet\"]",
        "Morocco seized the islet in 2002, then withdrew its claims after US mediation.",
    );
    told(
        "all = [\"minister\", \"resigned\"]",
        "The channel said the minister had resigned. Should the channel retract the report?",
    );
    // a denial only wished, by few, or taken back in its sentence
    for denial in [
        "Analysts expect Hezbollah to deny it.",
        "Few denied it.",
        "Hezbollah denied the claim in 2019 but admitted it this week.",
    ] {
        told(
            "all = [\"struck\", \"depot\"]",
            &format!("The army said it struck a depot. {denial}"),
        );
    }
    // a statement called false that is not the report before it
    told(
        "all = [\"shelled\", \"market\"]",
        "Russian forces shelled the market in Kherson. Zelensky called the Kremlin statement nonsense.",
    );
    // `half` after an article is no fraction
    assert!(
        check(
            "all = [\"goal\", \"Salah\"]\nnumber = 1",
            "In the second half a goal by Salah sealed the win."
        )
        .is_empty()
    );
    // the charges inside what was denied are denied with it
    for text in [
        "Prosecutors denied that the charges had been dropped.",
        "The government denied the charges were politically motivated.",
    ] {
        assert_eq!(
            check(
                "all = [\"charges\"]\nany = [\"dropped\", \"motivated\"]",
                text
            )[0]
            .0,
            Stance::Against,
            "{text}"
        );
    }
}

/// A prospect is no outcome (round 26): "on course to become prime minister"
/// and "on track to win" tell neither way for a fact written as done; the act
/// that made the prospect is told.
#[test]
fn a_prospect_on_course_is_no_outcome() {
    let text = "Sanae Takaichi won the LDP leadership on Saturday, putting her on course to become Japan's first female prime minister.";
    assert!(check("all = [\"Takaichi\", \"became\", \"prime minister\"]", text).is_empty());
    assert_eq!(
        check("all = [\"Takaichi\", \"won\", \"leadership\"]", text),
        [s(text)]
    );
    let text = "The party is on track to win a majority, polls show.";
    assert!(check("all = [\"party\", \"won\", \"majority\"]", text).is_empty());
}

/// A part in an act denied leaves the act told, but not as the denier's: "Hamas
/// denied any involvement in the Rafah attack" is against a fact that names
/// Hamas and the attack, and tells the attack for a fact that does not name
/// Hamas. A fact that names the telling a cue denies is denied with what was
/// asked after it ("He did not say who owned the rockets"), while the owning
/// stays told. A plan or a modal inside what the fact's own saying tells is what
/// was said ("Kamau said allocations would be cut" for a fact that names
/// `said`). `dismissed` reaches reports with one or two words of whose or what
/// kind between ("dismissed recent reports that …").
#[test]
fn disowned_acts_denied_tellings_and_plans_said() {
    let text = "Hamas denied any involvement in the Rafah attack and said it remained committed to the truce.";
    assert_eq!(
        check("all = [\"Hamas\", \"Rafah\"]\nany = [\"attack\"]", text)[0].0,
        Stance::Against
    );
    assert_eq!(check("all = [\"Rafah\", \"attack\"]", text), [s(text)]);
    let text = "The Israel Defense Forces on Wednesday denied any involvement in a drone strike on a convoy near Khan Arnabeh.";
    assert_eq!(
        check("all = [\"Israel\", \"drone\", \"convoy\"]", text)[0].0,
        Stance::Against
    );
    assert_eq!(check("all = [\"drone\", \"convoy\"]", text), [s(text)]);
    let text = "He did not say who owned the rockets or where they were headed.";
    assert_eq!(
        check("all = [\"say\", \"owned\", \"rockets\"]", text)[0].0,
        Stance::Against
    );
    assert_eq!(check("all = [\"owned\", \"rockets\"]", text), [s(text)]);
    let text = "Treasury Secretary Peter Kamau said allocations to the 47 counties would be cut by 10 percent.";
    assert_eq!(
        check(
            "all = [\"Kamau\", \"cut\", \"counties\"]\nany = [\"said\", \"announced\"]",
            text
        ),
        [s(text)]
    );
    assert!(check("all = [\"Kamau\", \"cut\", \"counties\"]", text).is_empty());
    let text = "Ukraine on Monday dismissed recent reports that its troops had left Huliaipole.";
    assert_eq!(
        check("all = [\"left\", \"Huliaipole\"]", text)[0].0,
        Stance::Against
    );
}

/// More ways news disowns what is said (probe 27a): the teller's own `falsely
/// claimed` denies what follows, not the claiming; `described reports of … as
/// "media speculation"` denies the reports' content; an aside's subject may hold
/// a participle with its agent ("a claim that residents reached by AFP
/// disputed"), and a saying with its setting ("said in a video posted on
/// Monday") still only attributes the quote before it.
#[test]
fn falsely_claimed_described_as_speculation_and_disputed_by_residents() {
    let text = "A defeated candidate falsely claimed on Monday that thousands of mail-in ballots had been destroyed.";
    assert_eq!(
        check("all = [\"ballots\", \"destroyed\"]", text)[0].0,
        Stance::Against
    );
    assert_eq!(check("all = [\"candidate\", \"claimed\"]", text), [s(text)]);
    let text = "Hamas described reports of a disarmament timetable as \"media speculation\".";
    assert_eq!(
        check("all = [\"disarmament timetable\"]", text)[0].0,
        Stance::Against
    );
    let text = "He described the talks as productive.";
    assert_eq!(check("all = [\"talks\", \"productive\"]", text), [s(text)]);
    let text = "\"Our forces have pulled out of Babanusa,\" an RSF commander said in a video posted on Monday, a claim that residents reached by AFP disputed.";
    let stances: Vec<Stance> = check("all = [\"pulled out\", \"Babanusa\"]", text)
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(stances, [Stance::Supports, Stance::Against]);
}

/// A named party's claim denied in the sentence that tells it stands beside the
/// denial: the sentence is evidence both ways, like round 24's asides. "Ukraine
/// dismissed Russian claims that its troops had captured Huliaipole, saying
/// fighting was continuing" tells Russia's account and Ukraine's denial (the
/// participle after the comma is Ukraine's own, told), and so does the passive
/// "Moscow's assertions that drones had set fire to a depot were rejected by
/// Kyiv". A report with no one named stays denied ("denied reports that …"), and
/// a fact about the rumour itself is not denied by a sentence that dismisses it.
#[test]
fn a_named_claim_denied_as_it_is_told_is_evidence_both_ways() {
    let stances = |fact: &str, text: &str| -> Vec<Stance> {
        check(fact, text).into_iter().map(|e| e.0).collect()
    };
    let text = "Ukraine on Monday dismissed Russian claims that Russian troops had captured Huliaipole, saying fighting was continuing in the town.";
    assert_eq!(
        stances("all = [\"captured\", \"Huliaipole\"]", text),
        [Stance::Supports, Stance::Against]
    );
    assert_eq!(
        stances("all = [\"fighting\", \"continuing\"]", text),
        [Stance::Supports]
    );
    let text = "Moscow's assertions that Ukrainian drones had set fire to an oil depot in Feodosia were also rejected by Kyiv.";
    assert_eq!(
        stances("all = [\"drones\", \"oil depot\", \"Feodosia\"]", text),
        [Stance::Supports, Stance::Against]
    );
    let text = "Hezbollah denied reports that it had fired rockets at Metula.";
    assert_eq!(
        stances("all = [\"fired\", \"rockets\"]", text),
        [Stance::Against]
    );
    let text = "Rumours spread over the weekend that General Ndong had been arrested. The armed forces command dismissed the reports on Monday as \"pure fabrication\".";
    assert_eq!(
        stances("all = [\"Ndong\", \"arrested\"]", text),
        [Stance::Supports, Stance::Against]
    );
    assert_eq!(
        stances("all = [\"rumours\", \"spread\"]", text),
        [Stance::Supports]
    );
}

/// A denial in the next sentence reaches a report whose subject is a pronoun
/// for the speaker before the saying: "The RSF said on Monday that they had
/// captured the base. The army denied the claim on Tuesday, saying …" is
/// evidence both ways for a fact that names the RSF and the capture.
#[test]
fn a_denial_after_reaches_the_speaker_a_pronoun_stands_for() {
    let text = "The RSF said on Monday that they had captured the base in Babanusa. The army denied the claim on Tuesday, saying its troops were still fighting inside the base.";
    let stances: Vec<Stance> = check("all = [\"RSF\", \"captured\", \"Babanusa\"]", text)
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(stances, [Stance::Supports, Stance::Against]);
    // (the speaker's saying itself is not denied)
    let stances: Vec<Stance> = check("all = [\"RSF\", \"said\", \"captured\"]", text)
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(stances, [Stance::Supports]);
}

/// A saying's setting is only passed over after a verb of saying: "according
/// to …" and "Adding to …" keep their report for the aside that denies it
/// (the 10 MB archive's generated prose: "Adding to the broader regional
/// conflict involving Hamas and Hezbollah, which Israel has categorically
/// denied").
#[test]
fn a_setting_is_passed_over_only_after_a_saying() {
    for text in [
        "Adding to the broader regional conflict involving Hamas and Hezbollah, which Israel has categorically denied.",
        "Lebanon hailed the talks, according to the broader regional conflict involving Hamas and Hezbollah, which Israel has categorically denied.",
    ] {
        let stances: Vec<Stance> = check("all = [\"regional\"]", text)
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(stances, [Stance::Supports, Stance::Against], "{text}");
    }
}

/// What round 27's readings leave alone (the review's near misses): a disowned
/// part denies only a fact whose terms stand in its phrase, with the denier right
/// before it (not "… and blamed Israel", not "Israel blamed Hamas; Islamic Jihad
/// denied", not "The militia, backed by Hamas, denied"); `falsely`/`wrongly` only
/// before a saying with a `that`; `described … as` only with a falsehood right
/// after `as`, not negated; `dismissed` with owner words only before `that`/`of`;
/// a saying the fact names only without a comma before the plan; a claim named
/// in its sentence keeps a fact that also names the denier or the claim's owner
/// evidence both ways, ends before `, and` and not inside `U.S.`; reports of no
/// one named (`Earlier reports`, `Monday's reports`) stay denied; a fact about the
/// denial itself is told; a text ending at the agent's `by` does not panic.
#[test]
fn what_round_27_readings_leave_alone() {
    let stances = |fact: &str, text: &str| -> Vec<Stance> {
        check(fact, text).into_iter().map(|e| e.0).collect()
    };
    let told = [
        (
            "all = [\"Hamas\", \"blamed\", \"Israel\"]",
            "Hamas denied any involvement in the attack and blamed Israel for the violence.",
        ),
        (
            "all = [\"Hamas\", \"attack\"]",
            "Israel blamed Hamas; Islamic Jihad denied any involvement in the attack.",
        ),
        (
            "all = [\"Hamas\", \"attack\"]",
            "The militia, backed by Hamas, denied any involvement in the attack.",
        ),
        (
            "all = [\"network\", \"apologised\"]",
            "The network wrongly reported the winner and later apologised to viewers.",
        ),
        (
            "all = [\"disarmament\", \"timetable\"]",
            "The ministry described reports of a disarmament timetable as accurate, though speculation continued.",
        ),
        (
            "all = [\"disarmament\", \"deal\"]",
            "The minister described the reports of a disarmament deal as \"not entirely false\".",
        ),
        (
            "all = [\"match\", \"ended\"]",
            "The coach dismissed Liverpool claims for a penalty and the match ended 1-1.",
        ),
        (
            "all = [\"forces\", \"retaken\", \"Kupiansk\"]",
            "Ukraine dismissed Russian claims that its troops had captured Huliaipole, and said its forces had retaken Kupiansk.",
        ),
        (
            "all = [\"denied\", \"withheld\"]",
            "A government official denied Houthi accusations that Aden had withheld the names of some detainees.",
        ),
    ];
    for (fact, text) in told {
        assert_eq!(stances(fact, text), [Stance::Supports], "{text}");
    }
    assert!(
        stances(
            "all = [\"said\", \"cut\", \"allocations\"]",
            "The minister, who said the budget was tight, plans to cut allocations."
        )
        .is_empty()
    );
    for (fact, text) in [
        (
            "all = [\"Israel\", \"struck\", \"school\"]",
            "Israel denied Palestinian claims that it had struck a school.",
        ),
        (
            "all = [\"missiles\", \"airfield\", \"Bryansk\"]",
            "Russia denied Ukrainian claims that U.S. missiles had hit an airfield in Bryansk.",
        ),
        (
            "all = [\"Hamas\", \"fighters\", \"killed\", \"soldiers\"]",
            "Hamas's claims that its fighters killed 10 soldiers were rejected by Israel.",
        ),
    ] {
        assert_eq!(
            stances(fact, text),
            [Stance::Supports, Stance::Against],
            "{text}"
        );
    }
    for text in [
        "Earlier reports that the minister had resigned were denied by his office.",
        "His office denied Monday's reports that the minister had resigned.",
    ] {
        assert_eq!(
            stances("all = [\"minister\", \"resigned\"]", text),
            [Stance::Against],
            "{text}"
        );
    }
    assert_eq!(
        stances(
            "all = [\"drones\", \"depot\"]\nwithin = 5",
            "Moscow's assertions that drones hit a depot were rejected by"
        ),
        [Stance::Supports, Stance::Against]
    );
    // (a text that ends right after `described` and its object: no panic)
    for text in ["He described the reports", "He described the reports as"] {
        assert_eq!(stances("all = [\"reports\"]", text), [Stance::Supports]);
    }
}

/// Round 28: a dismissal with what it calls the reports first (`dismissed as
/// "absolute nonsense" reports that …`), `refuted`/`rebutted` like `dismissed`, and
/// the passive of a dismissal that calls what was said false (`Claims that … were
/// dismissed as baseless by the club`). Not a dismissal of a person or a case.
#[test]
fn dismissed_as_nonsense_refuted_and_the_passive_dismissal() {
    let text = "The Kremlin on Monday dismissed as \"absolute nonsense\" reports that President Vladimir Putin had been hospitalised.";
    assert_eq!(
        check("all = [\"Putin\", \"hospitalised\"]", text)[0].0,
        Stance::Against
    );
    let text = "Peskov also refuted claims that the president had cancelled a trip to Kazakhstan.";
    assert_eq!(
        check("all = [\"cancelled\", \"trip\", \"Kazakhstan\"]", text)[0].0,
        Stance::Against
    );
    let text = "Claims that striker Marco Vidal had failed a doping test were dismissed as baseless by Sporting on Wednesday.";
    assert_eq!(
        check("all = [\"Vidal\", \"failed\", \"doping test\"]", text)[0].0,
        Stance::Against
    );
    for text in [
        "The coach was dismissed as manager on Monday.",
        "The lawsuit was dismissed by a judge on Monday.",
        "He was dismissed as a lawyer for the club.",
    ] {
        assert_eq!(check("all = [\"dismissed\"]", text), [s(text)], "{text}");
    }
}

/// Round 28: a name that ends like a past form (`Mohamed`, `Khaled`) names no act,
/// so an act past a cue's reach is told beside it; and a subject's negation stops
/// at a cause after its verb (`No one has been arrested over the killing of …`).
#[test]
fn a_name_in_ed_is_no_act_and_over_is_a_cause() {
    let fact = "all = [\"Mohamed Ali\", \"shot dead\", \"Omdurman\"]";
    for text in [
        "Police have not arrested anyone over the killing of journalist Mohamed Ali, who was shot dead near his home in Omdurman last week.",
        "No one has been arrested over the killing of journalist Mohamed Ali, who was shot dead near his home in Omdurman last week.",
    ] {
        assert_eq!(check(fact, text), [s(text)], "{text}");
        // the arrest is still denied
        assert_eq!(
            check("all = [\"arrested\", \"Mohamed Ali\"]", text)[0].0,
            Stance::Against,
            "{text}"
        );
    }
    let text = "No one was killed in the strike on Khaled's house.";
    assert_eq!(
        check("all = [\"killed\", \"Khaled\"]", text)[0].0,
        Stance::Against
    );
}

/// Round 28: a passive's agent that is none (`accepted by neither side`, `signed by
/// no one`) denies what comes before it; `not … until` of a plan's own verb is no
/// late act (`did not oppose a request to delay sentencing until July`); a thing a
/// form of `deny` withholds (`entry`, `bail`, `victory`) is all it denies, with
/// where one may not enter (`entry to the courtroom`).
#[test]
fn none_as_agent_plans_until_and_things_withheld() {
    for text in [
        "A U.S.-brokered humanitarian truce proposal has so far been accepted by neither side.",
        "The truce proposal was accepted by no one.",
    ] {
        assert_eq!(
            check("all = [\"truce proposal\", \"accepted\"]", text)[0].0,
            Stance::Against,
            "{text}"
        );
    }
    let text = "The plan was backed by no fewer than ten factions.";
    assert_eq!(check("all = [\"plan\", \"backed\"]", text), [s(text)]);
    let text = "Prosecutors did not oppose a defense request to delay sentencing until July.";
    assert_eq!(
        check("all = [\"prosecutors\", \"oppose\", \"delay\"]", text)[0].0,
        Stance::Against
    );
    let text = "The army did not return to the village until Tuesday.";
    assert_eq!(
        check("all = [\"army\", \"return\", \"village\"]", text),
        [s(text)]
    );

    let text =
        "A UN special rapporteur was denied entry at the Allenby crossing from Jordan on Monday.";
    assert_eq!(check("all = [\"Allenby crossing\"]", text), [s(text)]);
    assert_eq!(
        check("all = [\"rapporteur\", \"entry\"]", text)[0].0,
        Stance::Against
    );
    let text = "A court denied bail to two Israeli settlers charged with torching a Palestinian home in Duma.";
    assert_eq!(
        check("all = [\"settlers\", \"charged\", \"torching\"]", text),
        [s(text)]
    );
    assert_eq!(
        check("all = [\"bail\", \"settlers\"]", text)[0].0,
        Stance::Against
    );
    let text = "A stoppage-time penalty denied Arsenal victory at Villa Park on Saturday.";
    assert_eq!(
        check("all = [\"penalty\", \"Villa Park\"]", text),
        [s(text)]
    );
    assert_eq!(
        check("all = [\"Arsenal\", \"victory\"]", text)[0].0,
        Stance::Against
    );
    let text = "Foreign reporters were denied entry to the courtroom.";
    assert_eq!(
        check("all = [\"foreign reporters\", \"courtroom\"]", text)[0].0,
        Stance::Against
    );
}

/// Round 28: what the outlet says was claimed `without evidence` is evidence
/// neither way; who claimed it, and the claiming, are told. A routine disclaimer
/// (`could not be independently verified`) leaves the party's account told.
#[test]
fn a_claim_made_without_evidence_is_no_evidence() {
    let text = "Liberal Party candidate Ramón Castellanos claimed without evidence on Thursday that tens of thousands of ballots had been tampered with in Cortés department.";
    assert!(check("all = [\"ballots\", \"tampered\", \"Cortés\"]", text).is_empty());
    assert_eq!(
        check("all = [\"Castellanos\", \"claimed\", \"ballots\"]", text),
        [s(text)]
    );
    let text = "Posts widely shared on social media claimed, without evidence, that the referee had been threatened.";
    assert!(check("all = [\"referee\", \"threatened\"]", text).is_empty());
    let text = "Russia's Defense Ministry said its air defenses had shot down 67 drones overnight, a figure that could not be independently verified.";
    assert_eq!(check("all = [\"shot down\", \"drones\"]", text), [s(text)]);
    let text = "He said without hesitation that the talks had failed.";
    assert_eq!(check("all = [\"talks\", \"failed\"]", text), [s(text)]);
}

/// What round 28's readings leave alone (the review's near misses): a plan's
/// `until` only after a verb that lasts (`to delay`, not `to strike`); a thing
/// withheld only when its phrase ends there (not `denied permission had been
/// granted`); an agent that is none denies the act, not the one it was done to,
/// and not `by no small margin`; a passive dismissal only of something said; a
/// hedge only right after the claiming, up to a new clause.
#[test]
fn what_round_28_readings_leave_alone() {
    let told = |fact: &str, text: &str| {
        assert_eq!(check(fact, text), [s(text)], "{text}");
    };
    told(
        "all = [\"confirm\", \"decision\"]",
        "Israel did not confirm its decision to strike the building until Thursday.",
    );
    denied(
        "all = [\"permission\", \"granted\"]",
        "The ministry denied permission had been granted for the march.",
    );
    denied(
        "all = [\"asylum seekers\", \"deported\"]",
        "Israel denied asylum seekers were deported.",
    );
    told(
        "all = [\"strike\", \"Tyre\"]",
        "The strike on Tyre was condemned by neither side.",
    );
    denied(
        "all = [\"condemned\", \"Tyre\"]",
        "The strike on Tyre was condemned by neither side.",
    );
    told(
        "all = [\"bill\", \"approved\"]",
        "The bill was approved by no small margin in parliament.",
    );
    told(
        "all = [\"protesters\"]",
        "The protesters were dismissed as propaganda pawns by state television.",
    );
    told(
        "all = [\"ban\", \"imposed\"]",
        "She said the ban was imposed without evidence of harm.",
    );
    told(
        "all = [\"lawyer\", \"said\"]",
        "He was arrested and charged without evidence, his lawyer said.",
    );
    told(
        "all = [\"aides\", \"resigned\"]",
        "Trump said without evidence that the vote was rigged, and his aides resigned.",
    );
    assert!(
        check(
            "all = [\"vote\", \"rigged\"]",
            "Trump said without evidence that the vote was rigged, and his aides resigned."
        )
        .is_empty()
    );
}

/// A plan told in the past and called off after `but` in its sentence did not
/// happen: the window is evidence against what was planned. Not against a fact
/// about the plan itself (`due`), nor what the plan says of its nouns (`three
/// men accused of firing rockets`), nor a `but` that calls nothing off.
#[test]
fn a_plan_called_off_after_but_did_not_happen() {
    let text = "The committee was due to meet in Naqoura on Friday, but the session was postponed at Israel's request.";
    denied("all = [\"committee\", \"meet\", \"Naqoura\"]", text);
    assert_eq!(
        check("all = [\"committee\", \"meet\"]", text),
        [x(
            text,
            "called off after it: \"but the session was postponed\""
        )]
    );
    told("all = [\"committee\", \"due\", \"Naqoura\"]", text);
    denied(
        "all = [\"Rafah\", \"reopen\"]",
        "The Rafah crossing had been expected to reopen on Sunday, but it remained closed.",
    );
    denied(
        "all = [\"talks\", \"resume\"]",
        "The talks were expected to resume on Monday, but they never did.",
    );
    denied(
        "all = [\"vote\", \"held\"]",
        "The vote was scheduled to be held on Monday, but the ballot did not take place.",
    );
    let text = "The court was scheduled to issue its verdict on Monday in the case of three men accused of firing rockets, but the session was adjourned.";
    denied("all = [\"court\", \"verdict\"]", text);
    told("all = [\"firing rockets\"]", text);
    told(
        "all = [\"talks\", \"resume\"]",
        "The talks were expected to resume on Monday, but some delegates arrived late.",
    );
    told(
        "all = [\"vote\", \"delayed\"]",
        "The vote was set to take place on Monday but was delayed by a day.",
    );
}

/// A negation's reach ends at a place's own clause (`, where`), at a second
/// predicate with its own modal (`would not resign and would submit`) and at a
/// participle's clause after `, with`; a yes-or-no question opening with a
/// negated auxiliary asks (`Didn't the army inspect …?`).
#[test]
fn where_clauses_second_modals_and_negated_questions() {
    let text = "The army said it had not carried out a strike on a car in Bint Jbeil, where two people were killed.";
    told("all = [\"killed\", \"Bint Jbeil\"]", text);
    denied("all = [\"strike\", \"Bint Jbeil\"]", text);
    let text = "Zhelyazkov said he would not resign and would submit a revised budget next week.";
    told("all = [\"submit\", \"revised budget\"]", text);
    denied("all = [\"Zhelyazkov\", \"resign\"]", text);
    let text = "The party did not win a majority, with its leader conceding defeat on Monday.";
    told("all = [\"leader\", \"conceding\"]", text);
    denied("all = [\"party\", \"win\", \"majority\"]", text);
    assert!(
        check(
            "all = [\"army\", \"inspect\", \"warehouse\"]",
            "Didn't the Lebanese army inspect the warehouse last month?"
        )
        .is_empty()
    );
}

/// What round 29's plan reading leaves alone (the review's near misses): `due
/// to` a cause, another event called off, a delay or a suspension, a plan moved
/// for a fact without a date or with the new date.
#[test]
fn what_round_29_plan_readings_leave_alone() {
    told(
        "all = [\"airport\", \"closure\"]",
        "The airport's closure was due to a strike by controllers, but the strike was called off on Saturday.",
    );
    told(
        "all = [\"envoy\", \"arrive\"]",
        "The envoy was due to arrive in Beirut on Friday, but a separate trip to Damascus was cancelled.",
    );
    told(
        "all = [\"flight\", \"land\"]",
        "The flight was scheduled to land in Beirut on Friday, but was delayed by an hour and landed safely.",
    );
    told(
        "all = [\"win\", \"runoff\"]",
        "He was expected to win the runoff, but his rival's campaign collapsed and he won easily.",
    );
    let text = "The court was scheduled to issue its verdict on Monday, but the session was adjourned to Dec. 22.";
    told("all = [\"court\", \"verdict\"]", text);
    assert_eq!(
        check(
            "all = [\"talks\", \"resume\"]",
            "The talks were due to resume on Friday, but have not taken place."
        )[0]
        .0,
        Stance::Against
    );
}

/// No evidence given of what follows `that` leaves it told neither way; a clause
/// of time after a day (`on Tuesday as unions held a strike`) is no part of the
/// negated clause; a report dismissed as speculation is denied.
#[test]
fn no_evidence_given_clauses_of_time_and_speculation() {
    assert!(
        check(
            "all = [\"unions\", \"threat\"]",
            "The minister offered no evidence that the unions posed a security threat."
        )
        .is_empty()
    );
    assert!(
        check(
            "all = [\"tunnel\", \"Hezbollah\"]",
            "The army did not provide evidence that the tunnel belonged to Hezbollah."
        )
        .is_empty()
    );
    let text = "No flights left Brussels on Tuesday as unions held a strike.";
    assert_eq!(
        check("all = [\"unions\", \"strike\"]", text)[0].0,
        Stance::Supports
    );
    assert_eq!(
        check("all = [\"flights\", \"left\"]", text)[0].0,
        Stance::Against
    );
    let text = "Reports that Isak had agreed personal terms with Liverpool were dismissed as \"pure speculation\" by his agent.";
    assert_eq!(
        check("all = [\"Isak\", \"agreed\", \"personal terms\"]", text)[0].0,
        Stance::Against
    );
}

/// What round 29's negation readings leave alone (the second review's near
/// misses): `and` and a modal end a cue's reach only after a negated modal (not
/// inside one report denied); a finding that shows no evidence denies; a hedge
/// ends at an aside after a comma; `dismissed as` a falsehood with a verb after
/// it is a firing while something grew.
#[test]
fn what_round_29_negation_readings_leave_alone() {
    denied(
        "all = [\"hand\", \"weapons\", \"army\"]",
        "Hezbollah denied reports that it would disarm and would hand its weapons to the army.",
    );
    denied(
        "all = [\"tortured\"]",
        "The autopsy showed no evidence that he had been tortured.",
    );
    told(
        "all = [\"Hamas\", \"denies\"]",
        "Israel offered no evidence that Hamas used the hospital, which Hamas denies.",
    );
    told(
        "all = [\"minister\", \"reports\"]",
        "Reports said the minister was dismissed as speculation about a reshuffle grew.",
    );
}

/// Round 30: `anything but` negates; an answer withheld both ways (`refused to
/// confirm or deny that …`) tells what follows neither way; a second predicate
/// with its own `be` or `have` after a negated one is told; `not guilty of X but
/// guilty of Y` tells Y of the one found; `failed to … until` a time is an act
/// told late.
#[test]
fn round_30_negation_readings() {
    let neither = |fact: &str, text: &str| {
        assert_eq!(check(fact, text), [], "{text}");
    };
    denied(
        "all = [\"verdict\", \"justice\"]",
        "She said the verdict was 'anything but justice'.",
    );
    denied(
        "all = [\"talks\", \"cordial\"]",
        "The talks were anything but cordial, officials said.",
    );
    neither(
        "all = [\"troops\", \"crossed\", \"border\"]",
        "The ministry refused to confirm or deny that troops had crossed the border.",
    );
    neither(
        "all = [\"resigned\"]",
        "Officials would neither confirm nor deny reports that he had resigned.",
    );
    // who withheld it, and the withholding, are told
    told(
        "all = [\"ministry\", \"refused\"]",
        "The ministry refused to confirm or deny that troops had crossed the border.",
    );
    told(
        "all = [\"Ortiz\", \"denied\", \"knowledge\"]",
        "Ortiz has not been charged and has denied any knowledge of the scheme.",
    );
    told(
        "all = [\"taken\", \"hospital\"]",
        "The driver was not injured and was taken to hospital as a precaution.",
    );
    told(
        "all = [\"Reddish\", \"guilty\", \"manslaughter\"]",
        "The jury found Callum Reddish not guilty of murder but guilty of manslaughter.",
    );
    denied(
        "all = [\"Reddish\", \"guilty\", \"murder\"]",
        "The jury found Callum Reddish not guilty of murder but guilty of manslaughter.",
    );
    told(
        "all = [\"police\", \"disclose\", \"footage\"]",
        "Police failed to disclose the footage to the defence until the second week of the trial.",
    );
    denied(
        "all = [\"police\", \"disclose\", \"footage\"]",
        "Police failed to disclose the footage to the defence.",
    );
}

/// What round 30's negation readings leave alone: a confirmation alone withheld
/// (the reports told), `but` before a new subject, a modal's `and` inside a
/// denial.
#[test]
fn what_round_30_negation_readings_leave_alone() {
    told(
        "all = [\"fighters\", \"seized\"]",
        "Reuters could not independently verify reports that fighters had seized two villages.",
    );
    denied(
        "all = [\"Hezbollah\", \"fired\", \"rockets\"]",
        "Hezbollah did not fire rockets, but police said rockets were fired.",
    );
    denied(
        "all = [\"Hezbollah\", \"fired\", \"rockets\"]",
        "Hezbollah did not fire rockets, but the army said rockets were fired.",
    );
    // (`anything but` after no `be`: `did not want anything but` wants only that)
    told(
        "all = [\"cordial\"]",
        "He did not want anything but a cordial meeting.",
    );
    for (fact, text) in [
        (
            "all = [\"door\", \"locked\"]",
            "Firefighters tried anything but the door was locked and the flames spread.",
        ),
        (
            "all = [\"police\", \"protesters\"]",
            "Police cleared the square of protesters on the eve of the verdict.",
        ),
        (
            "all = [\"Smith\", \"play\"]",
            "Smith was cleared to play on Saturday after the FA dropped a misconduct charge.",
        ),
        (
            "all = [\"man\", \"arrested\"]",
            "Police, who would neither confirm nor deny that the suspect had been arrested, later said a 34-year-old man had been arrested.",
        ),
        (
            "all = [\"hospital\", \"used\", \"base\"]",
            "The ministry denied reports that the hospital was not functioning and was being used as a base.",
        ),
        (
            "all = [\"deal\", \"brokered\", \"Blair\"]",
            "The deal was brokered by Tony Blair, a figure many Palestinians reject.",
        ),
        (
            "all = [\"troops\", \"stormed\", \"hospital\"]",
            "Officials spared no detail as they described how troops had stormed the hospital.",
        ),
    ] {
        let got = check(fact, text);
        assert!(
            got.iter().all(|e| e.0 == Stance::Supports) || text.contains("ministry denied"),
            "{text}: {got:?}"
        );
    }
    // (a denial over both predicates of one report stays a denial)
    denied(
        "all = [\"hospital\", \"used\", \"base\"]",
        "The ministry denied reports that the hospital was not functioning and was being used as a base.",
    );
    denied(
        "all = [\"Hezbollah\", \"fired\"]",
        "Hezbollah did not fire rockets on Monday but on Tuesday Israeli forces fired artillery at the village.",
    );
}

/// Round 30, second batch: `cleared of` and `cleared on` in a sentence about a
/// trial acquit, as `acquitted` does, the one cleared given (an age between commas
/// after a name is an aside); `spared` negates; a correction's `incorrectly
/// stated that` denies; a figure denied in an aside (`, a figure the union
/// disputed`); `would now ask` is only a plan.
#[test]
fn round_30_acquittals_corrections_and_figures_denied() {
    let text =
        "The jury cleared Liam Fensome, 29, of assisting an offender but convicted him of affray.";
    denied("all = [\"Fensome\", \"convicted\", \"assisting\"]", text);
    told("all = [\"Fensome\", \"convicted\", \"affray\"]", text);
    let text = "Jurors cleared the former comptroller on three wire fraud counts but found him guilty of making a false statement.";
    denied("all = [\"guilty\", \"wire fraud\"]", text);
    told(
        "all = [\"guilty\", \"false statement\"]\nany = [\"comptroller\"]",
        text,
    );
    // (not a road cleared of debris)
    told(
        "all = [\"road\", \"debris\"]",
        "Crews cleared the road of debris on Monday.",
    );
    denied(
        "all = [\"Fensome\", \"jailed\"]",
        "Fensome, who was convicted of affray, was spared jail and given a community order.",
    );
    denied(
        "all = [\"Tesch\", \"convicted\", \"wire fraud\"]",
        "Correction: An earlier version of this story incorrectly stated that Tesch was convicted of wire fraud.",
    );
    let both = check(
        "all = [\"jobs\"]\nnumber = \"300\"",
        "The company said 300 jobs would go, a figure the union disputed.",
    );
    assert_eq!(
        both.iter().map(|e| e.0).collect::<Vec<_>>(),
        [Stance::Supports, Stance::Against]
    );
    assert_eq!(
        check(
            "all = [\"asked\", \"Attorney General\"]",
            "Her mother said the family would now ask the Attorney General to look at the sentence."
        ),
        []
    );
}

/// Round 31: a bound is no cue (`no later than`), a count of what was called off
/// tells the calling off, `neither of` a set gives the set as `none of` does (a
/// relative clause in it keeps its own verb), a capitalised `Not` in a name is
/// none, and a negated window whose other number stands after the cue denies
/// something else.
#[test]
fn round_31_negation_readings() {
    told(
        "all = [\"launch\", \"March\"]",
        "The launch will take place no later than March 5.",
    );
    told(
        "all = [\"190 flights\"]",
        "Skyvale cancelled 190 flights today, the second day of a 48-hour pilots' strike.",
    );
    told(
        "all = [\"pilots\", \"strike\"]",
        "Skyvale cancelled 190 flights today, the second day of a 48-hour pilots' strike.",
    );
    told(
        "all = [\"205 flights\"]",
        "The airline said 205 flights were scrapped yesterday.",
    );
    denied("all = [\"talks\"]", "The talks were cancelled on Monday.");
    told(
        "all = [\"wards\", \"Legionella\", \"found\"]",
        "The board said neither of the two wards where Legionella was found would close.",
    );
    denied(
        "all = [\"wards\", \"close\"]",
        "The board said neither of the two wards where Legionella was found would close.",
    );
    told(
        "all = [\"organisers\", \"turnout\"]",
        "Organisers from the Homes Not Profit coalition put the turnout at 150,000.",
    );
    assert_eq!(
        check(
            "all = [\"Pennington\", \"victims\"]\nnumber = \"212\"",
            "An earlier version of this article incorrectly stated that Pennington had 312 victims."
        ),
        []
    );
    // (a cue after the other number still denies: `Of the 10 members, none voted`)
    denied(
        "all = [\"board\", \"voted\"]\nnumber = \"2\"",
        "Of the 10 members of the board, none voted to continue.",
    );
}

/// Near misses of round 31's readings, from the reviews: each still denies, or
/// still tells, as before them.
#[test]
fn what_round_31_readings_leave_alone() {
    denied(
        "all = [\"turnout\", \"higher\"]",
        "Turnout was not higher than in 2020, officials said.",
    );
    denied(
        "all = [\"hospital\", \"evacuated\"]",
        "## Hospital Not Evacuated, Officials Say",
    );
    denied(
        "all = [\"strike\"]",
        "The 24-hour strike was called off on Monday.",
    );
    denied(
        "all = [\"referendum\"]",
        "The 6 June referendum was postponed.",
    );
    told(
        "all = [\"residents\", \"live\", \"plant\"]",
        "None of the residents who live near the plant were evacuated.",
    );
    // (a plain negation with another number after it still denies)
    denied(
        "all = [\"people\", \"killed\"]\nnumber = \"40\"",
        "Nobody was killed in the blast, but 14 people were injured.",
    );
    denied(
        "all = [\"soldiers\", \"named\"]\nnumber = \"4\"",
        "Officials have not yet named the 3 soldiers killed on Tuesday.",
    );
}

/// Round 32: the alternative not taken (`rather than`, `instead of`), acts called
/// off by their verb (`boycotted`, `skipped`, `missed` before their object,
/// `pulled out of`, a passive `left out`), what was said dismissed or called fake
/// or an invention, an answer not given (`refused to be drawn on`), a schedule's
/// `does not open until`, and a negation inside what is called untrue or
/// unsayable; and the near misses the review found (a participle, a place, a
/// noticing, a condition, an imperative, an indirect question).
#[test]
fn round_32_negation_readings() {
    denied(
        "all = [\"Kestria\", \"veto\"]",
        "Kestria abstained rather than use its veto.",
    );
    told(
        "all = [\"Kestria\", \"abstained\"]",
        "Kestria abstained rather than use its veto.",
    );
    denied(
        "all = [\"treaty\"]",
        "They opted for a statement instead of a treaty.",
    );
    told(
        "all = [\"minister\", \"apologised\"]",
        "Instead of resigning, the minister apologised on Monday.",
    );
    denied(
        "all = [\"Greens\", \"vote\"]",
        "The 12 members of the Green bloc boycotted the vote.",
    );
    denied(
        "all = [\"Voss\", \"appearance\"]",
        "Voss missed a scheduled appearance at a farmers' conference.",
    );
    told(
        "all = [\"classes\", \"made up\"]",
        "Classes missed will be made up on Nov. 26.",
    );
    told(
        "all = [\"survivors\"]",
        "Two survivors were pulled out of the rubble.",
    );
    denied(
        "all = [\"ban\"]",
        "A proposed ban on fertiliser was also left out.",
    );
    denied(
        "all = [\"replacement\"]",
        "A spokesperson dismissed as \"Westminster tittle-tattle\" suggestions that the Prime Minister had lined up a replacement.",
    );
    denied(
        "all = [\"early election\"]",
        "Hora dismissed speculation that Voss was preparing to call an early election as \"pure fantasy\".",
    );
    denied(
        "all = [\"resignation\"]",
        "Posts claiming that Voss had signed a letter of resignation were fake.",
    );
    told("all = [\"photos\"]", "The photos were fake.");
    denied(
        "all = [\"rift\"]",
        "Reports of a rift between Sokol and Marek were \"inventions of the press\", he said.",
    );
    told(
        "all = [\"backbenchers\", \"urged\"]",
        "She refused to be drawn on reports that backbenchers had urged her to stand.",
    );
    denied(
        "all = [\"Turkey\", \"war\"]",
        "Turkey refused to be drawn into the war.",
    );
    told(
        "all = [\"convoy\", \"trucks\"]",
        "The convoy pulled out of Rafah on Monday with 30 trucks of aid.",
    );
    told(
        "all = [\"Liverpool\", \"beat\", \"Chelsea\"]",
        "Salah missed a penalty as Liverpool beat Chelsea 2-0 on Sunday.",
    );
    told(
        "all = [\"dam wall\", \"cracked\"]",
        "Inspectors missed that the dam wall had cracked months earlier.",
    );
    told(
        "all = [\"food\", \"dogs\"]",
        "Food was left out for the stray dogs every night.",
    );
    told(
        "all = [\"council\", \"demolished\"]",
        "Rather than wait the council demolished the building on Friday.",
    );
    told(
        "all = [\"bank\", \"cut\", \"rates\"]",
        "The bank sooner rather than later cut rates, in March.",
    );
    told(
        "all = [\"paintings\", \"sold\"]",
        "Reports said the paintings sold at the auction were fake.",
    );
    told(
        "all = [\"misused\", \"funds\"]",
        "The minister was dismissed as party chair amid claims that he had misused funds.",
    );
    denied(
        "all = [\"Hamas\", \"disarm\"]",
        "Hamas says it does not disarm until a Palestinian state is established.",
    );
    denied(
        "all = [\"residents\", \"return\"]",
        "\"Do not return until Monday,\" police told residents.",
    );
    told(
        "all = [\"film\", \"open\"]",
        "The film does not open until March 28.",
    );
    denied(
        "all = [\"production\", \"resume\"]",
        "Production will not resume until the FDA has completed an inspection.",
    );
    told(
        "all = [\"progress\", \"made\"]",
        "\"It would be wrong to say that no progress has been made,\" she added.",
    );
    told(
        "all = [\"consulted\"]",
        "\"It is simply not true that I was not consulted on the licences.\"",
    );
    told(
        "all = [\"try\"]",
        "\"Nobody can say we did not try,\" he said.",
    );
    denied(
        "all = [\"convoy\", \"reach\"]",
        "Nobody could say why the convoy did not reach the camp.",
    );
    denied(
        "all = [\"punished\"]",
        "It is wrong that nobody was punished for the attack.",
    );
    denied(
        "all = [\"army\", \"fire\"]",
        "One could say the army did not fire on the crowd.",
    );
    denied(
        "all = [\"goals\", \"scored\"]",
        "Nobody can say we did not try, but no goals were scored.",
    );
    denied("all = [\"talks\", \"held\"]", "The talks were not held.");
}

/// Round 33: what a desk reads in corporate and political prose. `Not all` denies
/// only the universal; `pushed back on` and `no truth to` deny what was said; a
/// denial reversed in its sentence denies nothing; `Unlike X, Y …` tells X the
/// other way; what could not be ruled out is a possibility; a rejected proposal
/// was made; a course weighed is not taken; a meeting's missing statement; what a
/// `whether` asks; a word named in quotation marks; a passive refusal.
#[test]
fn round_33_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    told(
        "all = [\"Veridia\", \"customers\", \"affected\"]",
        "Not all of Veridia's customers were affected, the company stressed.",
    );
    denied(
        "all = [\"all\", \"customers\", \"affected\"]",
        "Not all of Veridia's customers were affected, the company stressed.",
    );
    // (a count after it is denied: fewer were)
    denied(
        "all = [\"passengers\", \"rescued\"]\nnumber = 40",
        "Not all 40 passengers aboard the ferry were rescued.",
    );
    denied(
        "all = [\"Orbitek\", \"close\", \"Dublin office\"]",
        "Orbitek has pushed back on reports that it plans to close its Dublin office.",
    );
    denied(
        "all = [\"Orbitek\", \"leaving\", \"Dublin\"]",
        "\"There is no truth to the suggestion that Orbitek is leaving Dublin,\" she said.",
    );
    // (a fact about the reports themselves is told, as after `dismissed reports`)
    told(
        "all = [\"reports\", \"minister\", \"resigned\"]",
        "The ministry pushed back on reports that the minister had resigned.",
    );
    told(
        "all = [\"passwords\", \"taken\"]",
        "The company had initially denied that any passwords were taken, but on Thursday confirmed that they were.",
    );
    denied(
        "all = [\"passwords\", \"taken\"]",
        "The company initially denied that any passwords were taken, but confirmed that email addresses had been exposed.",
    );
    told(
        "all = [\"Brightpay\", \"status page\"]",
        "Unlike its rival Brightpay, Halcyon does not publish a live status page.",
    );
    denied(
        "all = [\"Halcyon\", \"status page\"]",
        "Unlike its rival Brightpay, Halcyon does not publish a live status page.",
    );
    denied(
        "all = [\"Brightpay\", \"outage\"]",
        "Unlike Brightpay, Halcyon was hit by the outage.",
    );
    // (not X's own relative clause, nor a later clause)
    told(
        "all = [\"Chatterly\", \"shut\"]",
        "Unlike its rival Chatterly, which shut three offices last year, Orbitek is not closing any.",
    );
    told(
        "all = [\"Brightpay\", \"hit\", \"outage\"]",
        "Unlike Brightpay, Halcyon does not publish a status page, although both firms were hit by the outage.",
    );
    none(
        "all = [\"attackers\", \"accessed\", \"source code\"]",
        "Veridia said it could not rule out that the attackers had also accessed internal source code repositories.",
    );
    none(
        "all = [\"strikes\", \"Beirut\"]",
        "Israel has not ruled out further strikes on Beirut, officials said.",
    );
    told(
        "all = [\"army\", \"ready\"]",
        "The minister did not rule out strikes and said the army was ready.",
    );
    told(
        "all = [\"Tideline\", \"calls\", \"shake-up\"]",
        "The company said, rejecting calls from one activist investor, Tideline Partners, for a board shake-up.",
    );
    told(
        "all = [\"Marlow\", \"received\", \"proposal\"]",
        "Marlow confirmed it had received an unsolicited proposal on 29 January, which its board had unanimously rejected.",
    );
    // (the one who rejected it named: the acceptance denied; a denial of a
    // statement about a proposal still denies it)
    denied(
        "all = [\"Brightwell\", \"revised proposal\"]",
        "Brightwell had rejected a revised proposal from Halvorsen in September.",
    );
    denied(
        "all = [\"offers\", \"officials\"]",
        "The firm denied that offers had been made to officials.",
    );
    none(
        "all = [\"Brenner\", \"tabled\", \"second motion\"]",
        "Brenner said he was considering tabling a second motion before the summer recess.",
    );
    check(
        "all = [\"Budapest\", \"joint statement\"]\nnegation = \"asserted\"",
        "Its last summit, in Budapest in 2024, ended without a joint statement.",
    )
    .first()
    .map(|e| assert_eq!(e.0, Stance::Supports))
    .expect("a window");
    none(
        "all = [\"Federal Trade Commission\", \"investigating\"]",
        "The Federal Trade Commission declined to say whether it was investigating the breach.",
    );
    none(
        "all = [\"FCA\", \"investigation\"]",
        "The FCA declined to say whether it had opened an investigation.",
    );
    // (what exists already is told: the letter, the nouns an act met)
    told(
        "all = [\"union\", \"letter\"]",
        "Officials would not say whether the ministry had received the letter the union sent on Monday.",
    );
    told(
        "all = [\"side\", \"won\", \"western provinces\"]",
        "The \"no\" side won in the three western provinces.",
    );
    denied(
        "all = [\"permission\", \"dock\", \"Valletta\"]",
        "Permission for the rescue ship to dock in Valletta was refused on Tuesday.",
    );
    told("all = [\"crew\"]", "The crew were refused entry.");
}

/// Round 34's readings of who said it, lists, attempts, reversals and questions
/// (README "Who said it, forecasts and polls, plans replaced"), with the
/// reviews' near misses.
#[test]
fn round_34_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    // another's saying is not the name's
    let nimbus = "Nimbus Data, a Veridia contractor since 2019, denied that its own systems had been breached.";
    none(
        "all = [\"Veridia\", \"denied\", \"systems\", \"breached\"]",
        nimbus,
    );
    told("all = [\"Nimbus Data\", \"denied\", \"systems\"]", nimbus);
    none(
        "all = [\"Halcyon\", \"rejected\", \"listing\"]",
        "Priya Nair, an analyst at Stanmore Capital, rejected suggestions that the outage would derail Halcyon's planned stock market listing.",
    );
    // (the verb's object, one who speaks for it, its owner, joined names, a
    // common noun opening the sentence, and a fact not opening with the name)
    told(
        "all = [\"Hegseth\", \"confirmed\", \"defense secretary\"]",
        "The Senate confirmed Pete Hegseth as defense secretary on Friday.",
    );
    told(
        "all = [\"Halcyon\", \"denied\", \"outage\"]",
        "Dana Whitfield, Halcyon's chief executive, denied that the outage had been caused by a cyberattack.",
    );
    told(
        "all = [\"Acme\", \"rejected\", \"claims\"]",
        "Tom Hale, Acme's managing partner, rejected the claims as baseless.",
    );
    told(
        "all = [\"Acme\", \"denied\", \"allegations\"]",
        "Acme and Borex denied the allegations.",
    );
    told(
        "all = [\"Acme\", \"denied\", \"bribes\"]",
        "Company officials denied that Acme had paid bribes.",
    );
    told(
        "all = [\"British national\", \"detained\", \"Iran\", \"confirmed\"]",
        "The Foreign Office confirmed that a British national had been detained in Iran.",
    );
    // lists, refusals, attempts
    denied(
        "all = [\"submarine\", \"operating\"]",
        "No Ostrelian ship, aircraft or submarine was operating in the Serrin Strait on Sunday.",
    );
    told(
        "all = [\"Dalton\", \"faced criticism\"]",
        "No stranger to controversy, Dalton and his team have faced criticism before.",
    );
    denied(
        "all = [\"government\", \"blaming\"]",
        "The Marvenian government has so far refrained from blaming its neighbour.",
    );
    told(
        "all = [\"Israel\", \"ground offensive\"]",
        "France called on Israel to refrain from a ground offensive in Rafah, while Israel said it would press on.",
    );
    denied(
        "all = [\"submarine\", \"torpedoed\"]",
        "Serik dismissed as \"absurd\" suggestions on Marvenian social media that an Ostrelian submarine had torpedoed the vessel.",
    );
    none(
        "all = [\"Green Left\", \"blocked\", \"deal\"]",
        "The opposition Green Left has said it will try to block the deal.",
    );
    told(
        "all = [\"Wales\", \"sealed\", \"victory\"]",
        "Jones scored a late try to seal victory for Wales.",
    );
    // reversals, next-sentence denials, awaited acts, questions
    told(
        "all = [\"customer data\", \"taken\"]",
        "Acme, which had initially denied that customer data was taken, confirmed it.",
    );
    denied(
        "all = [\"strike\", \"hit\", \"school\"]",
        "The ministry had initially denied that the strike hit a school, but confirmed that it was investigating the incident.",
    );
    let dorn = "The minister said the first Kestrels would be based at Dorn air base. Volkan also denied a report in the Ostrelian press that Marvenian pilots had already begun training.";
    told("all = [\"Kestrels\", \"based\", \"Dorn\"]", dorn);
    none(
        "all = [\"Ostrelian forces\", \"pulled back\"]",
        "Volkan said on Saturday that Marvenia would not withdraw a single soldier from Sarn until Ostrelian forces had pulled back from Lessk.",
    );
    told(
        "all = [\"Smith\", \"sent off\"]",
        "The team would not concede a goal until Smith had been sent off in the 70th minute.",
    );
    none(
        "all = [\"soldiers\", \"depot\"]",
        "Officials declined to say whether soldiers had been billeted in a hostel next to the depot.",
    );
}

/// Round 35 (integrity and maritime reporting): escaping, avoiding or averting a
/// penalty, `not been without`, `cleared of` a wrong in the passive, a refusal
/// split by its day, a report corrected, a list after `No` closing on `, or`, a
/// reversed denial closing on a time or a pronoun, foiled attempts and plots, and
/// `without` before a clause of its own.
#[test]
fn round_35_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    denied(
        "all = [\"Oduya\", \"ban\"]",
        "The decision allowed Oduya to escape a ban.",
    );
    denied(
        "all = [\"rail strike\"]",
        "The deal averted a threatened rail strike.",
    );
    // (only the penalty: what it was for, a place broken out of, an aim)
    told(
        "all = [\"tackle\", \"Smith\"]",
        "Oduya escaped a ban for his tackle on Smith.",
    );
    told(
        "all = [\"blaze\", \"Leeds\"]",
        "The family escaped a blaze at their home in Leeds.",
    );
    told(
        "all = [\"inmates\", \"jail\"]",
        "Ten inmates escaped a New Orleans jail on Friday.",
    );
    told(
        "all = [\"talks\", \"resumed\"]",
        "Talks aimed at averting a strike by Tube drivers resumed on Monday.",
    );
    told(
        "all = [\"dark days\"]",
        "\"It has not been without its dark days,\" he said.",
    );
    denied(
        "all = [\"Zubieta\", \"doping\"]",
        "Iker Zubieta has been cleared of doping, the UCI said.",
    );
    told(
        "all = [\"officer\", \"shooting\"]",
        "The officer was cleared of misconduct over the shooting.",
    );
    told(
        "all = [\"strait\", \"shipping\"]",
        "The strait was cleared of shipping ahead of the drills.",
    );
    denied(
        "all = [\"court\", \"reinstate\"]",
        "The court refused on Thursday to reinstate him as a candidate.",
    );
    told(
        "all = [\"protests\", \"Kyiv\"]",
        "A visa refused on Thursday to a Ukrainian minister prompted protests in Kyiv.",
    );
    denied(
        "all = [\"July\", \"sample\", \"tested positive\"]",
        "The tabloid also reported that a sample taken in July had tested positive, but it corrected that report on Friday.",
    );
    denied(
        "all = [\"drone\", \"entered\"]",
        "No ship, plane, or drone entered the zone.",
    );
    told(
        "all = [\"fans\", \"celebrated\"]",
        "No ordinary Tuesday night, fans and players celebrated until dawn.",
    );
    told(
        "all = [\"drones\", \"struck\", \"depot\"]",
        "Ostrelia, which had initially denied that its drones struck the depot, confirmed it on Thursday.",
    );
    denied(
        "all = [\"board\", \"tanker\"]",
        "The attempt to board the tanker was foiled by the crew.",
    );
    denied(
        "all = [\"bomb\", \"station\"]",
        "Police thwarted a plot to bomb the station.",
    );
    told(
        "all = [\"plot\", \"Pride parade\"]",
        "Police foiled a plot targeting the Pride parade.",
    );
    denied(
        "all = [\"passenger\", \"hurt\"]",
        "The ferry docked without a single passenger being hurt.",
    );
    // (a name outside a hedge whose claim opens with its pronoun)
    none(
        "all = [\"Federal Trade Commission\", \"opened\", \"inquiry\"]",
        "The Federal Trade Commission would neither confirm nor deny that it had opened an inquiry into the company.",
    );
}

/// Round 36's negation readings (probe set 36b and the round's reviews): release
/// without charge, a correction of the outlet's own text, `had since been ruled
/// out`, a record not broken, a question's own modal, and a condition by
/// inversion.
#[test]
fn round_36_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    denied(
        "all = [\"17-year-old\", \"charged\"]",
        "A 17-year-old boy has been released without charge and will face no further action.",
    );
    // (a fee, not a charge after an arrest)
    told(
        "all = [\"drivers\", \"charge\"]",
        "Drivers can charge their cars without charge at the new hub.",
    );
    denied(
        "all = [\"17-year-old\", \"charged\"]",
        "Correction: An article in Tuesday's print edition stated that the 17-year-old boy had been charged with murder.",
    );
    // (a source giving the right version is told)
    told(
        "all = [\"Hale\", \"signed\", \"contract\"]",
        "Correction: The club said that Hale signed a three-year contract on Friday, not Thursday.",
    );
    denied(
        "all = [\"Carrbridge station\", \"sighting\"]",
        "A possible sighting at Carrbridge station had since been ruled out.",
    );
    told(
        "all = [\"record\", \"Montoro\"]\nnumber = 47.4",
        "The reading of 46.2C did not break the national record of 47.4C set in Montoro in 2021.",
    );
    denied(
        "all = [\"broke\", \"record\"]",
        "The reading of 46.2C did not break the national record of 47.4C set in Montoro in 2021.",
    );
    // (no standing record: `record highs`)
    denied(
        "all = [\"record highs\", \"London\"]",
        "The heatwave failed to top record highs in London.",
    );
    none(
        "all = [\"jobs\", \"cut\"]",
        "The company declined to say how many jobs would be cut.",
    );
    told(
        "all = [\"fired\", \"shots\"]",
        "Police did not say who fired the shots.",
    );
    none(
        "all = [\"offer\", \"made\"]",
        "Should a formal offer be made, the board would consider it carefully.",
    );
}

/// Round 37's negation readings (probe set 37b and the round's review): a denial
/// of a thing ends at `and` and an auxiliary, what nothing suggests failed was
/// done, a relative clause's cue reaches a verb joined by `or`, a denied charge
/// beside an admission, what was not found or is called untrue, a time given to
/// do it, a request, and a clearing of an act.
#[test]
fn round_37_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    told(
        "all = [\"Ashcroft\", \"cooperated\"]",
        "Ashcroft denies any wrongdoing and has cooperated fully with the police.",
    );
    denied(
        "all = [\"Ashcroft\", \"wrongdoing\"]",
        "Ashcroft denies any wrongdoing and has cooperated fully with the police.",
    );
    // (a denied clause goes on: `denied he was there and had taken the money`)
    denied(
        "all = [\"company\", \"sold\"]",
        "The company denies its drones bomb civilians and have sold them abroad.",
    );
    told(
        "all = [\"Ashcroft\", \"cooperated\"]",
        "Police said there was no suggestion that Mr Ashcroft had not cooperated fully with the investigation.",
    );
    // (the inner cue another verb's: not cancelled)
    denied(
        "all = [\"money\", \"declared\"]",
        "There was no suggestion that Mr Ward knew the money had not been declared.",
    );
    denied(
        "all = [\"Fenwick\", \"interviewed\"]",
        "Mr Fenwick, who was never arrested or interviewed, has said the payments were for legitimate work.",
    );
    told(
        "all = [\"driver\", \"walked away\"]",
        "The driver, who was not injured and walked away, was later questioned by police.",
    );
    denied(
        "all = [\"Denton\", \"admitted\", \"murder\"]",
        "Kyle Denton denied murder but admitted possessing a bladed article in a public place.",
    );
    denied(
        "all = [\"Pritchard\", \"corrupt conduct\"]",
        "The commission has not found that Pritchard engaged in corrupt conduct.",
    );
    denied(
        "all = [\"ministers\", \"free to ignore\"]",
        "It is not true that ministers are now free to ignore the code.",
    );
    // (a cue of another verb, and `case` of a relative `that`)
    told(
        "all = [\"accounts\", \"falsified\"]",
        "Auditors were not surprised to find that the accounts had been falsified.",
    );
    told(
        "all = [\"led to\", \"conviction\"]",
        "Prosecutors have not reopened the case that led to Harris's conviction.",
    );
    told(
        "all = [\"tunnel\", \"open\"]",
        "The tunnel is not expected to open until late 2027.",
    );
    // (a state lasting until a time is not told)
    denied(
        "all = [\"ceasefire\", \"hold\"]",
        "The ceasefire is not expected to hold until March 2027.",
    );
    none(
        "all = [\"Lumeo\", \"lodged\", \"appeal\"]",
        "Lumeo has 28 days to lodge an appeal with the High Court.",
    );
    none(
        "all = [\"Dukes\", \"resigned\"]",
        "Ferrante said she would introduce a resolution calling on Dukes to resign.",
    );
    denied(
        "all = [\"failing to report\", \"speaking engagement\"]",
        "In 2022 the board cleared him of failing to report a paid speaking engagement.",
    );
    denied(
        "all = [\"kept the trip off\", \"register\"]",
        "The watchdog cleared him of the more serious charge that he had kept the trip off the register.",
    );
}

#[test]
fn round_38_negation_readings() {
    let none = |fact: &str, text: &str| assert!(check(fact, text).is_empty(), "{text}");
    // a possibility not ruled out, its act told by a gerund: no evidence
    none(
        "all = [\"Dukes\", \"recontest\"]",
        "Mayor Dukes refused to rule out recontesting the seat in May.",
    );
    none(
        "all = [\"Dukes\", \"recontest\"]",
        "Mayor Dukes did not rule out recontesting the seat in May.",
    );
    denied(
        "all = [\"Dukes\", \"rule out\"]",
        "Mayor Dukes refused to rule out recontesting the seat in May.",
    );
    // (a noun stays told of the subject)
    told(
        "all = [\"Lebanon\", \"talks\"]",
        "Lebanon has not ruled out talks with Israel.",
    );
    // demanded and attempted acts are supposed
    none(
        "all = [\"freed\"]",
        "On Saturday the Front dropped its demand that he be freed in exchange for Chen.",
    );
    none(
        "all = [\"Chen\", \"freed\"]",
        "Canada said it would not comment on efforts to free Chen.",
    );
    told("all = [\"freed\"]", "He was freed in exchange for Chen.");
    // knowing nothing of it tells it neither way
    none(
        "all = [\"ransom\", \"paid\"]",
        "A Qatari official said he was not aware of any ransom having been paid for Ferrand.",
    );
    // what an outcome could not have come about without is told
    let emir = "The exchange might not have happened at all without the personal intervention of Qatar's emir.";
    told("all = [\"emir\", \"intervention\"]", emir);
    denied("all = [\"exchange\", \"happened\"]", emir);
    denied(
        "all = [\"return\", \"without complications\"]",
        "His return will not be without complications.",
    );
    // an accusation denied in an aside after it is the accused's denial
    let charge = "The Ardani Front accused the army on Tuesday of shelling Velmir during the pause, a charge the army denied.";
    none("all = [\"Ardani Front\", \"denied\", \"shelling\"]", charge);
    told("all = [\"army\", \"denied\", \"shelling\"]", charge);
    // a denial aside's report is the speaker's own clause
    let rejects = "The government released 48 prisoners in last month's exchange, and the Front says it also freed Luc Ferrand, a claim the government rejects.";
    assert!(
        check("all = [\"released\", \"prisoners\"]", rejects)
            .iter()
            .all(|e| e.0 == Stance::Supports),
        "{rejects}"
    );
    // (the review's near misses: what was not known is true, an attempt
    // achieved is told, a clause before the speaker's stays its own)
    told(
        "all = [\"water\", \"contaminated\"]",
        "Residents were unaware that their water had been contaminated.",
    );
    told(
        "all = [\"unseated\", \"mayor\"]",
        "Her bid to unseat the mayor succeeded.",
    );
    told(
        "all = [\"minister\", \"sacked\"]",
        "Protesters demanded that the minister be sacked, and he was.",
    );
    told(
        "all = [\"union\", \"called\", \"strike\"]",
        "The minister refused to rule out job cuts and the union called a strike.",
    );
    assert_eq!(
        check(
            "all = [\"killed\", \"commander\", \"Tyre\"]",
            "Israeli jets struck Tyre on Sunday, and the army says it killed a Hezbollah commander there, a claim Hezbollah denies."
        )
        .len(),
        2
    );
    // an `until` of another's act after a comma does not make a state late
    denied(
        "all = [\"board\", \"unanimous\"]",
        "The board was not unanimous, the Review understands, with one member arguing for a hold until the next meeting.",
    );
}
