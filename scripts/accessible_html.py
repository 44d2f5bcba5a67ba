#!/usr/bin/python3
"""Writes the accessible HTML version of SRM Trainer from the same content files the app loads:
plain, semantic pages that work with any browser and assistive technology, without JavaScript,
WebAssembly or a canvas.

  accessible/index.html          what is here, with links to every quiz and model
  accessible/quiz-<id>.html      each quiz as a form: a fieldset per question with native radios
                                 and checkboxes, and "Show the answer" (a <details>) with the key,
                                 the explanation and the official source
  accessible/model-<id>.html     each responsibility model: a table per service (control, owner,
                                 why, source, date checked), settings that move the line included
  accessible/accessible.css

Questions the app generates from the model at run time are not in these pages."""
import html
import json
import pathlib

OWNER_WORDS = {"customer": "Customer", "provider": "Provider", "shared": "Shared", "not-applicable": "Not applicable"}

# The pages' own words, in the language of the quiz they show (French typography: U+202F before ":").
WORDS = {
    "en": {"all": "Accessible version: all pages", "interactive": "Interactive version", "question": "Question {n}",
           "intro": '{count} questions. Answer each, then open "Show the answer" to check it. Nothing is sent anywhere.',
           "show": "Show the answer to question {n}", "answer": "Answer:", "more": "Learn more", "another": "Another source",
           "order": "Put these in order:", "owners": ["Customer", "Provider", "Shared", "Not applicable"],
           "true-false": ["True", "False"], "wrong": "Why not", "missed": "Also right"},
    "fr": {"all": "Version accessible : toutes les pages", "interactive": "Version interactive", "question": "Question {n}",
           "intro": "{count} questions. Répondez à chacune, puis ouvrez « Voir la réponse » pour vérifier. Rien n’est envoyé nulle part.",
           "show": "Voir la réponse à la question {n}", "answer": "Réponse :", "more": "En savoir plus", "another": "Autre source",
           "order": "Mettez dans l’ordre :", "owners": ["Client", "Fournisseur", "Partagé", "Sans objet"],
           "true-false": ["Vrai", "Faux"], "wrong": "Pourquoi pas", "missed": "Juste aussi"},
}
WORDS["fr"] = {k: (v.replace(" :", "\u202f:").replace("« ", "«\u202f").replace(" »", "\u202f»") if isinstance(v, str) else v)
               for k, v in WORDS["fr"].items()}

CSS = """body { max-width: 48rem; margin: 0 auto; padding: 1rem; font: 1.05rem/1.6 system-ui, sans-serif;
  color: #171c26; background: #fff; }
a { color: #1d4ed8; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
fieldset { border: 1px solid #6b7280; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; padding: .2rem 0; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; color: #1d4ed8; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #6b7280; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.case { border-left: 4px solid #6b7280; padding-left: .75rem; }
@media (prefers-color-scheme: dark) {
  body { color: #eceff4; background: #111319; }
  a, summary { color: #93c5fd; }
  th, td, fieldset { border-color: #9ca3af; }
}
"""


def esc(text):
    return html.escape(str(text), quote=True)


def page(title, body, lang="en"):
    w = WORDS.get(lang, WORDS["en"])
    return (f'<!doctype html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
            f'<link rel="icon" href="../favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="accessible.css">\n</head>\n<body>\n'
            f'<nav aria-label="Pages"><a href="index.html">{esc(w["all"])}</a> · '
            f'<a href="../index.html">{esc(w["interactive"])}</a></nav>\n<main>\n<h1>{esc(title)}</h1>\n{body}</main>\n</body>\n</html>\n')


def owner_label(model, owner):
    for party in model.get("parties", []):
        if party["id"] == owner and owner != "customer":
            return party["label"]
    return OWNER_WORDS.get(owner, owner)


def source_link(url, text="Official source"):
    return f'<a href="{esc(url)}">{esc(text)}</a>' if url.startswith("https://") else ""


# -----------------------------------------------------------------------------
# Quizzes
# -----------------------------------------------------------------------------

def model_owner(models, model_id, service, control, w):
    model = models.get(model_id)
    names = dict(zip(["customer", "provider", "shared", "not-applicable"], w["owners"]))
    for cell in (model or {}).get("cells", []):
        if cell["service"] == service and cell["control"] == control:
            return owner_label(model, cell["owner"]) if cell["owner"] == "provider" else names.get(cell["owner"], cell["owner"])
    return "?"


TRANSLATIONS = {}   # (model id, lang) -> the model's translation file


def control_label(models, model_id, control, lang="en"):
    translated = TRANSLATIONS.get((model_id, lang), {}).get("controls", {}).get(control)
    if translated:
        return translated
    for c in models.get(model_id, {}).get("controls", []):
        if c["id"] == control:
            return c["label"]
    return control


def answer_fields(q, name, models, w):
    """The form controls for one question (or scenario part) and the text of its answer."""
    kind = q["type"]
    colon, semicolon = ("\u202f: ", "\u202f; ") if w is WORDS["fr"] else (": ", "; ")
    if kind in ("single", "multiple", "true-false"):
        choices = q.get("choices") or w["true-false"]
        key = q["key"]
        keyed = ([0] if key else [1]) if kind == "true-false" else (key if isinstance(key, list) else [key])
        box = "checkbox" if kind == "multiple" else "radio"
        fields = "".join(f'<label><input type="{box}" name="{esc(name)}"> {esc(c)}</label>\n' for c in choices)
        return fields, semicolon.join(choices[i] for i in keyed)
    if kind in ("classify", "matrix"):
        if kind == "classify":
            names = dict(zip(["customer", "provider", "shared", "not-applicable"], w["owners"]))
            rows = [(item["text"], names.get(item["owner"], item["owner"])) for item in q["items"]]
            owners = w["owners"][:3]
        else:
            lang = "fr" if w is WORDS["fr"] else "en"
            rows = [(control_label(models, q["model"], r, lang), model_owner(models, q["model"], q["service"], r, w)) for r in q["rows"]]
            owners = w["owners"]
        fields = ""
        for i, (text, _) in enumerate(rows):
            radios = "".join(f'<label><input type="radio" name="{esc(name)}-{i}"> {o}</label>' for o in owners)
            fields += f'<fieldset><legend>{esc(text)}</legend>{radios}</fieldset>\n'
        return fields, semicolon.join(f"{t}{colon}{o}" for t, o in rows)
    if kind == "ordering":
        items = sorted(q["order"])
        fields = f"<p>{esc(w['order'])}</p><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>\n"
        return fields, " > ".join(q["order"])
    return "", ""


def choice_feedback_html(q, w):
    """The feedback sentence of each choice, as a list under the answer: why a wrong choice is wrong,
    and for a multiple question why a keyed choice is right."""
    feedback = q.get("choice_feedback") or []
    choices = q.get("choices") or w["true-false"]
    key = q.get("key")
    keyed = ([0] if key else [1]) if q["type"] == "true-false" else (key if isinstance(key, list) else [key])
    items = ""
    for i, (choice, sentence) in enumerate(zip(choices, feedback)):
        if sentence.strip():
            label = w["missed"] if i in keyed else w["wrong"]
            items += f"<li>{esc(label)} «\u202f{esc(choice)}\u202f»\u202f: {esc(sentence)}</li>" if w is WORDS["fr"] else \
                     f"<li>{esc(label)} “{esc(choice)}”: {esc(sentence)}</li>"
    return f"<ul>{items}</ul>\n" if items else ""


def quiz_page(quiz, models):
    w = WORDS.get(quiz.get("lang", "en"), WORDS["en"])
    body = f'<p>{esc(quiz.get("description", ""))}</p>\n'
    body += f'<p>{esc(w["intro"].format(count=len(quiz["questions"])))}</p>\n<form>\n'
    for n, q in enumerate(quiz["questions"], 1):
        sid = f'q{n}'
        body += f'<section aria-labelledby="{sid}">\n<h2 id="{sid}">{esc(w["question"].format(n=n))}</h2>\n'
        if q["type"] == "scenario":
            body += f'<p><strong>{esc(q["prompt"])}</strong></p>\n<p class="case">{esc(q["case"])}</p>\n'
            answers = []
            for p, part in enumerate(q["questions"], 1):
                fields, answer = answer_fields(part, f"{sid}-{p}", models, w)
                body += f'<fieldset><legend>{p}. {esc(part["prompt"])}</legend>\n{fields}</fieldset>\n'
                answers.append((f"{p}. {answer}. {part.get('explanation', '')}", choice_feedback_html(part, w)))
            answer_html = "".join(f"<p>{esc(a)}</p>{more}" for a, more in answers)
        else:
            fields, answer = answer_fields(q, sid, models, w)
            body += f'<fieldset><legend>{esc(q["prompt"])}</legend>\n{fields}</fieldset>\n'
            answer_html = f"<p><strong>{esc(w['answer'])}</strong> {esc(answer)}</p>" + choice_feedback_html(q, w)
        sources = " ".join(source_link(u, w["more"] if i == 0 else w["another"]) for i, u in enumerate(q.get("sources", [])))
        body += (f'<details><summary>{esc(w["show"].format(n=n))}</summary>\n{answer_html}\n'
                 f'<p>{esc(q.get("explanation", ""))}</p>\n<p>{sources}</p>\n</details>\n</section>\n')
    body += "</form>\n"
    return page(quiz["title"], body, quiz.get("lang", "en"))


# -----------------------------------------------------------------------------
# Models
# -----------------------------------------------------------------------------

def default_text(cell):
    """What the provider does out of the box for this cell, when the model says."""
    d = cell.get("default")
    if not d:
        return ""
    if not d.get("on"):
        return f' <strong>Off until you turn it on:</strong> {esc(d["what"])}.'
    since = f' since {esc(d["since"])}' if d.get("since") else ""
    return f' <strong>On by default{since}:</strong> {esc(d["what"])}.'


def model_page(model):
    controls = {c["id"]: c for c in model["controls"]}
    options = {}
    for service in model["services"]:
        for setting in service.get("settings", []):
            for option in setting["options"]:
                options[(service["id"], setting["id"], option["id"])] = (setting["label"], option["label"])
    described = source_link(model.get("source", ""), "The provider's own description")
    body = f'<p>{esc(model.get("summary", ""))}</p>\n<p>{described}</p>\n'
    body += "<p>Services: " + ", ".join(f'<a href="#{esc(s["id"])}">{esc(s["name"])}</a>' for s in model["services"]) + ".</p>\n"
    for service in model["services"]:
        cells = [c for c in model["cells"] if c["service"] == service["id"]]
        body += (f'<h2 id="{esc(service["id"])}">{esc(service["name"])}</h2>\n<table>\n'
                 f'<caption>Who owns each control on {esc(service["name"])}</caption>\n'
                 '<thead><tr><th scope="col">Control</th><th scope="col">Owner</th><th scope="col">Why</th>'
                 '<th scope="col">Source, date checked</th></tr></thead>\n<tbody>\n')
        for cell in cells:
            rows = [(controls[cell["control"]]["label"], cell)]
            for v in cell.get("variants", []):
                setting, option = options.get((service["id"], v["setting"], v["option"]), (v["setting"], v["option"]))
                rows.append((f'{controls[cell["control"]]["label"]}, with {setting}: {option}', v))
            for label, c in rows:
                body += (f'<tr><th scope="row">{esc(label)}</th><td>{esc(owner_label(model, c["owner"]))}</td>'
                         f'<td>{esc(c.get("explanation", ""))}{default_text(c)}</td><td>{source_link(c.get("source", ""))}, '
                         f'{esc(c.get("last_verified", ""))}</td></tr>\n')
        body += "</tbody>\n</table>\n"
    return page(model["title"], body)


def write(root: pathlib.Path, out: pathlib.Path):
    out.mkdir(parents=True, exist_ok=True)
    models = {}
    for path in sorted((root / "assets/models").glob("*.json")):
        model = json.loads(path.read_text(encoding="utf-8"))
        if "translates" in model:   # a translation of a model's words, used by the quiz pages in its language
            TRANSLATIONS[(model["translates"], model["lang"])] = model
            continue
        models[model["id"]] = model
        (out / f'model-{model["id"]}.html').write_text(model_page(model), encoding="utf-8")
    quizzes = []
    for path in sorted((root / "quizzes").glob("*.json")):
        quiz = json.loads(path.read_text(encoding="utf-8"))
        quizzes.append(quiz)
        suffix = "" if quiz.get("lang", "en") == "en" else "." + quiz["lang"]
        (out / f'quiz-{quiz["id"]}{suffix}.html').write_text(quiz_page(quiz, models), encoding="utf-8")
    body = ("<p>The same quizzes and responsibility models as the interactive SRM Trainer, as plain pages that "
            "work with any browser, keyboard and screen reader.</p>\n<h2>Quizzes</h2>\n<ul>\n")
    for q in quizzes:
        lang = q.get("lang", "en")
        suffix = "" if lang == "en" else "." + lang
        body += (f'<li><a href="quiz-{esc(q["id"])}{suffix}.html" hreflang="{esc(lang)}" lang="{esc(lang)}">{esc(q["title"])}</a>'
                 f'{" (en français)" if lang == "fr" else ""}: {len(q["questions"])} questions</li>\n')
    body += "</ul>\n<h2>Responsibility models</h2>\n<ul>\n"
    body += "".join(f'<li><a href="model-{esc(m["id"])}.html">{esc(m["title"])}</a></li>\n' for m in models.values())
    body += "</ul>\n"
    (out / "index.html").write_text(page("SRM Trainer: accessible version", body), encoding="utf-8")
    (out / "accessible.css").write_text(CSS, encoding="utf-8")


if __name__ == "__main__":
    import sys
    here = pathlib.Path(__file__).resolve().parent.parent
    write(here, pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "build/accessible")
