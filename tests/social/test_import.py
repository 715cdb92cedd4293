"""manage.py import_social_posts: JSON and CSV, all-or-nothing, bad rows with their lines, idempotent."""

import json
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from social.models import SocialPost
from tests.factories import SocialPostFactory

pytestmark = pytest.mark.django_db

ROWS = [
    {
        "network": "x",
        "handle": "@TurnBackCrime (example)",
        "text": "Ferrari's Formula 1 team pledged to help #TurnBackCrime",
        "link": "https://example.org/import/1",
        "posted_at": "2014-11-03T09:15:00Z",
        "language": "en",
    },
    {
        "network": "Twitter",  # another tool's name for X
        "handle": "@TurnBackCrime (example)",
        "text": "Innocent purchases of fake goods can fund organised crime. #TurnBackCrime",
        "link": "https://example.org/import/2",
        "posted_at": "2014-11-02T18:00:00+01:00",
        "image_url": "https://example.org/picture.jpg",
    },
    {
        "network": "facebook",
        "handle": "@ExamplePolice (example)",
        "text": "Le Mali soutient la campagne #TurnBackCrime",
        "link": "https://example.org/import/3",
        "posted_at": "2014-10-20 08:00:00",
        "language": "fr",
    },
]
CSV_HEADER = "network,handle,text,link,posted_at,language,image_url\n"


def run_import(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_social_posts", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write_json(tmp_path, rows, name="posts.json"):
    path = tmp_path / name
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def write_csv(tmp_path, body, name="posts.csv"):
    path = tmp_path / name
    path.write_text(CSV_HEADER + body, encoding="utf-8")
    return path


def test_json_import_creates_pending_posts(tmp_path):
    out, err = run_import(write_json(tmp_path, ROWS))
    assert "3 row(s): 3 created, 0 updated, 0 skipped" in out
    assert "Checking  [" in out and "Importing [" in out  # the progress bars
    assert err == ""
    posts = {post.link: post for post in SocialPost.objects.all()}
    assert len(posts) == 3
    first = posts["https://example.org/import/1"]
    assert first.status == SocialPost.Status.PENDING
    assert first.source == SocialPost.Source.IMPORTED
    assert first.posted_at == datetime(2014, 11, 3, 9, 15, tzinfo=UTC)
    assert posts["https://example.org/import/2"].network == "x"
    assert posts["https://example.org/import/2"].posted_at == datetime(2014, 11, 2, 17, 0, tzinfo=UTC)
    # No offset given: taken as UTC.
    assert posts["https://example.org/import/3"].posted_at == datetime(2014, 10, 20, 8, 0, tzinfo=UTC)
    assert posts["https://example.org/import/3"].language == "fr"


def test_csv_import_with_quoted_multiline_text_and_approve(tmp_path):
    path = write_csv(
        tmp_path,
        'x,@TurnBackCrime (example),"Two lines,\nwith a comma",https://example.org/csv/1,'
        "2014-06-05T10:00:00+00:00,en,\n"
        "youtube,@ExampleChannel (example),#TogetherWeCan,https://example.org/csv/2,2014-06-06T10:00:00Z,,\n",
    )
    out, _err = run_import(path, "--approve")
    assert "2 row(s): 2 created, 0 updated, 0 skipped" in out
    post = SocialPost.objects.get(link="https://example.org/csv/1")
    assert post.text == "Two lines,\nwith a comma"
    assert post.status == SocialPost.Status.APPROVED
    assert SocialPost.objects.get(link="https://example.org/csv/2").network == "youtube"


def test_json_lines_are_accepted(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in ROWS) + "\n", encoding="utf-8")
    out, _err = run_import(path)
    assert "3 created" in out


def test_reimport_is_idempotent_and_updates_changed_rows_only(tmp_path):
    path = write_json(tmp_path, ROWS)
    run_import(path)
    SocialPost.objects.filter(link="https://example.org/import/1").update(status="approved")
    SocialPost.objects.filter(link="https://example.org/import/3").update(status="hidden")

    out, _err = run_import(path)
    assert "3 row(s): 0 created, 0 updated, 3 skipped (unchanged)" in out
    assert SocialPost.objects.count() == 3

    changed = [dict(row) for row in ROWS]
    changed[0]["text"] = "Corrected text #TurnBackCrime"
    out, _err = run_import(write_json(tmp_path, changed, "again.json"))
    assert "0 created, 1 updated, 2 skipped" in out
    first = SocialPost.objects.get(link="https://example.org/import/1")
    assert first.text == "Corrected text #TurnBackCrime"
    # Moderation decisions survive a re-import.
    assert first.status == "approved"
    assert SocialPost.objects.get(link="https://example.org/import/3").status == "hidden"


def test_file_with_bad_rows_is_refused_whole_with_every_bad_line(tmp_path):
    SocialPostFactory(link="https://example.org/import/1", text="Already here", status="approved")
    rows = [
        dict(ROWS[0], text="Would update, but the file is refused"),  # good row, line 2
        dict(ROWS[1], network="myspace"),  # bad network
        dict(ROWS[2], posted_at="last Tuesday"),  # bad date
        {"network": "x", "handle": "", "text": "", "link": "not a url", "posted_at": "2014-06-05"},
        dict(ROWS[1], link="https://example.org/import/new"),
        dict(ROWS[2], link="https://example.org/import/new"),  # repeated link
        "just a string",
    ]
    path = write_json(tmp_path, rows)
    text = path.read_text()
    lines = text.splitlines()

    def line_of(fragment, nth=0):
        matches = [i for i, line in enumerate(lines, start=1) if fragment in line]
        # The object starts at the "{" before the matching field.
        line = matches[nth]
        while lines[line - 1].strip() != "{":
            line -= 1
        return line

    with pytest.raises(CommandError, match=r"5 bad row\(s\) out of 7: nothing was imported"):
        run_import(path)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_social_posts", str(path), stdout=out, stderr=err)
    report = err.getvalue()
    assert f"line {line_of('myspace')}: network: Select a valid choice." in report
    assert f"line {line_of('last Tuesday')}: posted_at: Enter a valid date/time." in report
    bad_line = line_of('"link": "not a url"')
    assert f"line {bad_line}: handle: This field is required.; text: This field is required.; link:" in report
    repeated = line_of('"link": "https://example.org/import/new"', nth=1)
    assert f"line {repeated}: link: the same link is already on line {line_of('import/new')}" in report
    assert f"line {len(lines) - 1}: not an object with named fields" in report
    # Nothing written: no new post, the existing one untouched.
    assert SocialPost.objects.count() == 1
    assert SocialPost.objects.get().text == "Already here"


def test_csv_bad_rows_report_the_line_the_row_starts_on(tmp_path):
    path = write_csv(
        tmp_path,
        'x,@a,"multi\nline\ntext",https://example.org/csv/ok,2014-06-05T10:00:00Z,,\n'  # lines 2-4
        "x,@b,fine,https://example.org/csv/bad,2014-13-45,,\n"  # line 5: impossible date
        "x,@c,fine,https://example.org/csv/lang,2014-06-05T10:00:00Z,english please,\n",  # line 6
    )
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="2 bad row"):
        call_command("import_social_posts", str(path), stdout=out, stderr=err)
    assert "posts.csv, line 5: posted_at:" in err.getvalue()
    assert "posts.csv, line 6: language: Enter a language code" in err.getvalue()
    assert SocialPost.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("posts.json", '[{"network": "x",', "Invalid JSON at line 1"),
        ("posts.json", "[", "not closed"),
        ("posts.csv", "network,handle\nx,@a\n", "lacks the column(s): text, link, posted_at"),
        ("posts.csv", "", "empty"),
        ("posts.txt", "whatever", "Cannot tell the file's format"),
    ],
)
def test_unreadable_files_give_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run_import(path)
    assert SocialPost.objects.count() == 0


def test_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_import(tmp_path / "nope.json")


def test_exit_code_is_non_zero_for_a_bad_file(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = write_json(tmp_path, [dict(ROWS[0], link="ftp://example.org/x")])
    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "import_social_posts",
            str(path),
            "--settings=turnbackcrime.settings.test",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "line 2: link: Enter a valid URL." in result.stderr
