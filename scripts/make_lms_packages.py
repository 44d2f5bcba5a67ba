#!/usr/bin/python3
"""Writes the packages a learning platform's administrator uploads as they are (docs/lms.md):
  dist/lms/srm-trainer-scorm12.zip    SCORM 1.2: imsmanifest.xml and the site
  dist/lms/srm-trainer-scorm2004.zip  SCORM 2004 4th edition: imsmanifest.xml and the site
  dist/lms/srm-trainer-cmi5.zip       cmi5: cmi5.xml and the site
Each holds one launchable activity per quiz (its quiz, mode, language and pass mark in the launch
link and the manifest) and one for the explorer and lessons. The site's own lms.js reports to the
platform. Run by make-dist.py; alone: make_lms_packages.py [--lang fr] [--mode practice]
[--pass-mark 0.8] (the pass mark of every quiz; by default each quiz's own)."""
import argparse
import json
import pathlib
import zipfile
from urllib.parse import urlencode
from xml.sax.saxutils import escape, quoteattr

PRODUCT = "SRM Trainer"
COURSE_IRI = "https://srm-trainer.example.org/lms/course"   # a stable id, never fetched
WORDS = {
    "en": {"course": "SRM Trainer: the cloud shared responsibility model",
           "description": "Learn who secures what for each kind of cloud service, with models, lessons and quizzes.",
           "explorer": "Explorer and lessons (no score)", "quiz": "Quiz: {title}"},
    "fr": {"course": "SRM Trainer : le modèle de responsabilité partagée du cloud",
           "description": "Apprendre qui sécurise quoi pour chaque type de service cloud : modèles, leçons et quiz.",
           "explorer": "Explorateur et leçons (sans note)", "quiz": "Quiz : {title}"},
}


def activities(root, lang, mode, pass_mark):
    """[{id, title, query, pass_mark or None}]: the explorer and lessons, then each quiz."""
    words = WORDS[lang]
    out = [{"id": "explorer", "title": words["explorer"], "query": {"lang": lang}, "pass_mark": None}]
    for path in sorted((root / "quizzes").glob("*.json")):
        if path.name.count(".") > 1:   # translations (name.fr.json)
            continue
        quiz = json.loads(path.read_text(encoding="utf-8"))
        translated = root / "quizzes" / f"{quiz['id']}.{lang}.json"
        title = json.loads(translated.read_text(encoding="utf-8"))["title"] if translated.exists() else quiz["title"]
        out.append({"id": "quiz-" + quiz["id"], "title": words["quiz"].format(title=title),
                    "query": {"quiz": quiz["id"], "mode": mode, "lang": lang},
                    "pass_mark": pass_mark if pass_mark is not None else float(quiz.get("pass_mark", 0.7))})
    return out


def launch(activity):
    return "index.html?" + urlencode(activity["query"])


def site_files(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def files_xml(files, indent):
    return "\n".join(f"{indent}<file href={quoteattr(f)}/>" for f in files)


def ims_manifest(identifier, namespaces, version, scormtype, acts, item_extra, files, words):
    """An IMS content package manifest: one item and one SCO resource per activity, and the site as
    one shared asset. SCORM 1.2 and 2004 differ in namespaces, version, the scormtype attribute's
    spelling and what each item carries (item_extra: the activity's pass mark in that edition)."""
    items = [f"""      <item identifier="item-{a['id']}" identifierref="res-{a['id']}">
        <title>{escape(a['title'])}</title>{item_extra(a) if a["pass_mark"] is not None else ""}
      </item>""" for a in acts]
    resources = [f"""    <resource identifier="res-{a['id']}" type="webcontent" adlcp:{scormtype}="sco" href={quoteattr(launch(a))}>
      <dependency identifierref="site"/>
    </resource>""" for a in acts]
    xmlns = "\n".join(f'  {name}="{uri}"' for name, uri in namespaces)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="1.0"
{xmlns}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{version}</schemaversion>
  </metadata>
  <organizations default="srm-trainer">
    <organization identifier="srm-trainer">
      <title>{escape(words['course'])}</title>
{chr(10).join(items)}
    </organization>
  </organizations>
  <resources>
{chr(10).join(resources)}
    <resource identifier="site" type="webcontent" adlcp:{scormtype}="asset">
{files_xml(files, '      ')}
    </resource>
  </resources>
</manifest>
"""


def scorm12(acts, files, words):
    namespaces = [("xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
                  ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2")]
    mastery = lambda a: f"\n        <adlcp:masteryscore>{round(a['pass_mark'] * 100)}</adlcp:masteryscore>"
    return ims_manifest("srm-trainer-scorm12", namespaces, "1.2", "scormtype", acts, mastery, files, words)


def scorm2004(acts, files, words):
    namespaces = [("xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1"),
                  ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"),
                  ("xmlns:adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3"),
                  ("xmlns:adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3"),
                  ("xmlns:imsss", "http://www.imsglobal.org/xsd/imsss")]
    sequencing = lambda a: f"""
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-{a['id']}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>{a['pass_mark']:.4f}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>"""
    return ims_manifest("srm-trainer-scorm2004", namespaces, "2004 4th Edition", "scormType", acts, sequencing, files, words)


def cmi5(acts, lang, words):
    tag = "fr-FR" if lang == "fr" else "en-US"
    text = lambda s: f'<langstring lang="{tag}">{escape(s)}</langstring>'
    aus = []
    for a in acts:
        rule = 'moveOn="CompletedAndPassed" masteryScore="%.4f"' % a["pass_mark"] if a["pass_mark"] is not None else 'moveOn="Completed"'
        aus.append(f"""  <au id="{COURSE_IRI}/au/{a['id']}" {rule} launchMethod="AnyWindow">
    <title>{text(a['title'])}</title>
    <description>{text(a['title'])}</description>
    <url>{escape(launch(a))}</url>
  </au>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="{COURSE_IRI}">
    <title>{text(words['course'])}</title>
    <description>{text(words['description'])}</description>
  </course>
{chr(10).join(aus)}
</courseStructure>
"""


def write_zip(path, manifest_name, manifest, site, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(manifest_name, manifest)
        for f in files:
            z.write(site / f, f)


def write_packages(root, site, out, lang="en", mode="exam", pass_mark=None):
    """Writes the three zips into `out` and returns their paths."""
    root, site, out = pathlib.Path(root), pathlib.Path(site), pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    acts = activities(root, lang, mode, pass_mark)
    files = site_files(site)
    words = WORDS[lang]
    packages = [out / "srm-trainer-scorm12.zip", out / "srm-trainer-scorm2004.zip", out / "srm-trainer-cmi5.zip"]
    write_zip(packages[0], "imsmanifest.xml", scorm12(acts, files, words), site, files)
    write_zip(packages[1], "imsmanifest.xml", scorm2004(acts, files, words), site, files)
    write_zip(packages[2], "cmi5.xml", cmi5(acts, lang, words), site, files)
    return packages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=sorted(WORDS), default="en")
    parser.add_argument("--mode", choices=["exam", "practice"], default="exam")
    parser.add_argument("--pass-mark", type=float, default=None)
    args = parser.parse_args()
    if args.pass_mark is not None and not 0 <= args.pass_mark <= 1:
        parser.error("--pass-mark is a share from 0 to 1")
    root = pathlib.Path(__file__).resolve().parent.parent
    for p in write_packages(root, root / "dist/site", root / "dist/lms", args.lang, args.mode, args.pass_mark):
        print(f"{p.relative_to(root)}: {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
