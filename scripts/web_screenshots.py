"""Screenshots of the web app at phone and desktop width, for docs/ (look at them).

    .venv/bin/python scripts/web_screenshots.py [OUT_DIR]   (default docs/screenshots)

Starts the app on the shipped notices, fills the profile form with an example
profile, and screens the example profiles, then saves: the form, the overview of every
notice, one notice's report, a screening run and an applicant's card, each at 390 px
(phone) and 1280 px (desktop) wide.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import chromium, serving  # noqa: E402

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def shoot(base: str, browser, out: Path) -> list[Path]:
    made = []
    for label, (width, height) in WIDTHS.items():
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(base + "/profile")
        page.fill("#f-name", "Grace Wanjiru")
        page.fill("#f-experience-0-title", "Fingerprint examiner")
        page.fill("#f-experience-0-start", "2022-05")
        page.select_option("#f-experience-0-ongoing", "yes")
        page.fill("#f-experience-0-description", "Ten-print and latent comparisons, AFIS searches.")
        page.select_option("#f-languages-0-language", "en")
        page.select_option("#f-languages-0-level", "C1")
        made.append(out / f"web-form-{label}.png")
        page.screenshot(path=str(made[-1]))
        page.click("button[value=check]")
        page.wait_for_selector("table.overview")
        made.append(out / f"web-overview-{label}.png")
        page.screenshot(path=str(made[-1]), full_page=True)
        page.locator("table.overview tbody tr", has_text="Biometrics").locator("button").click()
        page.wait_for_selector("article.report")
        made.append(out / f"web-report-{label}.png")
        page.screenshot(path=str(made[-1]))
        page.goto(base + "/screen")
        page.set_input_files("#files", [str(p) for p in sorted((ROOT / "profiles").iterdir())])
        page.click("form button[type=submit]")
        page.wait_for_selector("table.results", timeout=120_000)
        made.append(out / f"web-run-{label}.png")
        page.screenshot(path=str(made[-1]))
        page.locator("table.results tbody th a").first.click()
        page.wait_for_selector("ul.requirements")
        made.append(out / f"web-card-{label}.png")
        page.screenshot(path=str(made[-1]))
        page.close()
    return made


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as data_dir,
        serving(Path(data_dir), ROOT / "rules") as base,
        chromium() as browser,
    ):
        for path in shoot(base, browser, out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
