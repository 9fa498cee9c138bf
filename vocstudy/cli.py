"""The ``vocstudy`` command: the whole analysis on your own articles, for those who do not code.

    vocstudy report PATH --out DIR

PATH is a folder of article files or a table file (``.csv``, ``.xlsx``, ``.jsonl``,
``.parquet``; one article per row). The command runs the narrative notebooks 01–05 on
PATH as parameterised notebooks (papermill) and writes into DIR::

    DIR/report/index.html   the report: one page per notebook, figures embedded
    DIR/results.xlsx        every table, evidence sentences in full (README sheet first)
    DIR/notebooks/          the executed notebooks
    DIR/figures/            the figures
    DIR/networks/           the theme and collaboration networks (GEXF, GraphML) for Gephi

The repository's own ``notebooks/`` and ``figures/`` are only read.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .paths import FIGURES_DIR, PROJECT_ROOT

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORT_NOTEBOOKS = ("01", "02", "03", "04", "05")
"""The notebooks ``vocstudy report`` runs, by number."""

SEED_TEXT_NOTE = (
    "> **Note (vocstudy report).** This notebook was run on `{path}`. The tables, "
    "figures and printed numbers above were computed on it; the prose of the Findings "
    "and Caveats below was written for the repository's five seed articles and does not "
    "describe this corpus."
)


class ReportError(Exception):
    """A problem the user can fix (bad path, unreadable table, bad option)."""


class CellsFailed(ReportError):
    """The report was written, but some notebook cells raised on this corpus."""


@contextlib.contextmanager
def _kernel_noise_to(log: Path):
    """Send what kernels and libraries write to stderr into ``log``; yield the terminal.

    Kernels inherit file descriptor 2 and print start-up warnings on it; a reader of the
    progress bar does not need them, a maintainer finds them in the log.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    saved = os.dup(2)
    terminal = os.fdopen(os.dup(saved), "w", encoding="utf-8", errors="replace")
    with open(log, "w", encoding="utf-8") as fh:
        os.dup2(fh.fileno(), 2)
        try:
            yield terminal
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            terminal.close()


def _failed_cells(path: Path) -> list[tuple[int, str]]:
    """``(execution count, "Error: message")`` of every cell that raised."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    failed = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                failed.append(
                    (
                        cell.get("execution_count"),
                        f"{output.get('ename')}: {output.get('evalue')}".rstrip(": "),
                    )
                )
    return failed


def notebook_paths(numbers: Sequence[str] = REPORT_NOTEBOOKS) -> list[Path]:
    """The repository notebooks with these two-digit numbers, in order.

    Examples
    --------
    >>> [p.name[:2] for p in notebook_paths(["01", "03"])]
    ['01', '03']
    """
    paths = []
    for number in numbers:
        found = sorted(NOTEBOOKS_DIR.glob(f"{number}-*.ipynb"))
        if not found:
            raise ReportError(f"no notebook {number}-*.ipynb in {NOTEBOOKS_DIR.name}/")
        paths.append(found[0])
    return paths


def render_html(paths: Sequence[Path], out_dir: Path, extra: str = "") -> Path:
    """Render executed notebooks to standalone HTML pages (figures embedded) and an index.

    Parameters
    ----------
    paths : sequence of Path
        Executed notebooks.
    out_dir : Path
        Folder for ``index.html`` and one ``<notebook>.html`` per notebook.
    extra : str
        HTML inserted in the index after the list of notebooks.

    Returns
    -------
    Path
        The index page.
    """
    import nbformat
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(embed_images=True)
    links = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(
            nb, resources={"metadata": {"path": str(path.parent)}}
        )
        (out_dir / f"{path.stem}.html").write_text(body, encoding="utf-8")
        title = next(
            (
                c.source.splitlines()[0].lstrip("# ")
                for c in nb.cells
                if c.cell_type == "markdown" and c.source.startswith("# ")
            ),
            path.stem,
        )
        links.append(f'<li><a href="{path.stem}.html">{path.stem}</a>: {title}</li>')
    index = out_dir / "index.html"
    index.write_text(
        "<!doctype html><meta charset='utf-8'><title>vocstudy report</title>"
        "<h1>vocstudy report</h1><ol>" + "".join(links) + "</ol>\n" + extra,
        encoding="utf-8",
    )
    return index


def corpus_facts(tables: dict) -> dict[str, int]:
    """The headline counts of a run, from :func:`vocstudy.export.standard_tables`.

    Examples
    --------
    >>> import pandas as pd
    >>> t = {n: pd.DataFrame({"doc_id": [], "sent_id": []}) for n in
    ...      ("themes", "places", "collaborations", "events")}
    >>> t["articles"] = pd.DataFrame({"problems": ["", "empty"], "n_chars": [5, 0]})
    >>> corpus_facts(t)["articles with flags"]
    1
    """
    articles = tables["articles"]
    collab = tables["collaborations"]
    return {
        "articles": len(articles),
        "articles with flags": int(articles["problems"].fillna("").ne("").sum()),
        "cleaned characters": int(articles["n_chars"].sum()),
        "theme matches": len(tables["themes"]),
        "place mentions": len(tables["places"]),
        "collaboration rows (pair × sentence)": len(collab),
        "sentences with collaborating places": len(collab[["doc_id", "sent_id"]].drop_duplicates()),
        "event mentions": len(tables["events"]),
    }


def _facts_html(facts: dict[str, int], shown_path: str, failures: Sequence[str] = ()) -> str:
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in facts.items())
    failed = ""
    if failures:
        items = "".join(f"<li>{html.escape(f)}</li>" for f in failures)
        failed = (
            "<h2>Cells that did not run on this corpus</h2><p>These cells raised an "
            f"error (shown in red on their page); the rest of the report is complete.</p><ul>{items}</ul>"
        )
    return (
        f"{failed}<h2>At a glance</h2><p>Corpus: <code>{html.escape(shown_path)}</code></p>"
        f"<table class='facts'>{rows}</table>"
        "<p>Every table, with the evidence sentences in full: "
        "<a href='../results.xlsx'>results.xlsx</a>. Networks for Gephi: "
        "<code>networks/</code>.</p>\n"
    )


def _strip_timing(path: Path) -> None:
    """Drop papermill's and nbclient's timing metadata and random ids: reruns give the same bytes."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    pm = nb.metadata.get("papermill", {})
    for key in (
        "start_time",
        "end_time",
        "duration",
        "exception",
        "input_path",
        "output_path",
        "environment_variables",
        "version",
    ):
        pm.pop(key, None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        tags = cell.metadata.get("tags", [])
        for tag in ("injected-parameters", "papermill-error-cell-tag"):
            if tag in tags:  # papermill gives the cells it adds a random id
                cell["id"] = tag
    nbformat.write(nb, path)


def _annotate(path: Path, shown_path: str) -> None:
    """Put a note before the Findings: their prose was written for the seeds."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("## Findings"):
            note = nbformat.v4.new_markdown_cell(SEED_TEXT_NOTE.format(path=shown_path))
            note["id"] = "vocstudy-report-note"
            nb.cells.insert(i, note)
            break
    nbformat.write(nb, path)


def _load(path: Path, columns: dict | None, n_jobs: int, progress: bool):
    from .loading import load_corpus
    from .tables import TableError

    if not path.exists():
        raise ReportError(f"corpus path {str(path)!r} does not exist")
    try:
        return load_corpus(
            path, n_jobs=n_jobs, columns=columns, progress=None if progress else False
        )
    except (FileNotFoundError, TableError, UnicodeError) as e:
        raise ReportError(str(e)) from e


def _parse_columns(items: Sequence[str]) -> dict | None:
    columns = {}
    for item in items:
        field, sep, name = item.partition("=")
        if not sep or not field or not name:
            raise ReportError(f"--column takes FIELD=COLUMN (e.g. text=正文), not {item!r}")
        columns[field.strip()] = name.strip()
    return columns or None


def _check_out(out: Path) -> None:
    out = out.resolve()
    for protected in (NOTEBOOKS_DIR.resolve(), FIGURES_DIR.resolve()):
        if out == protected or protected in out.parents or out in protected.parents:
            raise ReportError(
                f"--out {str(out)!r} would write into the repository's "
                f"{protected.name}/; choose another folder"
            )


def report(
    path: str | os.PathLike,
    out: str | os.PathLike,
    notebooks: Sequence[str] = REPORT_NOTEBOOKS,
    columns: dict | None = None,
    n_jobs: int = 1,
    run_date: str | None = None,
    progress: bool = True,
) -> Path:
    """Run the analysis notebooks on a corpus and write the report into ``out``.

    Parameters
    ----------
    path : str or Path
        A folder of articles or a table file.
    out : str or Path
        Output folder (created). Must not be the repository's ``notebooks/`` or
        ``figures/``.
    notebooks : sequence of str
        Two-digit numbers of the notebooks to run (default 01–05).
    columns : dict, optional
        Column overrides for a table (see :func:`vocstudy.load_corpus`).
    n_jobs : int
        Processes for the workbook's tables.
    run_date : str, optional
        Date stated in the workbook (default today); fix it for byte-identical output.
    progress : bool
        Progress bar on stderr.

    Returns
    -------
    Path
        ``out/report/index.html``.

    Raises
    ------
    ReportError
        For a missing path, an unreadable table, a missing text column or a bad
        output folder (the message says which).
    """
    import papermill as pm

    from .export import export, standard_tables

    corpus_path = Path(path).expanduser()
    out = Path(out).expanduser()
    _check_out(out)
    paths = notebook_paths(notebooks)
    corpus = _load(corpus_path, columns, n_jobs, progress)  # errors surface here, before any kernel
    shown = str(path)
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("notebooks", "figures", "networks"):
        (out / sub).mkdir(exist_ok=True)
    run_date = run_date or os.environ.get("VOCSTUDY_RUN_DATE")
    failures: list[str] = []
    env = {"VOCSTUDY_FIGURES": str((out / "figures").resolve())}
    if run_date:
        env["VOCSTUDY_RUN_DATE"] = run_date
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the kernels inherit it: figures go to out/figures
    with _kernel_noise_to(out / "report.log") as terminal:
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(paths) + 1, desc="vocstudy report", unit=" step", file=terminal)
        try:
            executed = []
            for nb_path in paths:
                if bar is not None:
                    bar.set_postfix_str(nb_path.stem[:28])
                target = out / "notebooks" / nb_path.name
                wanted = pm.inspect_notebook(str(nb_path))
                values = {
                    "corpus_path": str(corpus_path.resolve()),
                    "corpus_columns": columns,
                    "export_dir": str((out / "networks").resolve()),
                }
                params = {k: v for k, v in values.items() if k in wanted}
                try:
                    pm.execute_notebook(
                        str(nb_path),
                        str(target),
                        parameters=params,
                        kernel_name="python3",
                        progress_bar=False,
                        request_save_on_cell_execute=False,
                        cwd=str(out),
                        allow_errors=True,
                        coalesce_streams=True,  # stdout cut by timing: one output per stream
                    )
                except pm.PapermillExecutionError:
                    pass  # every cell ran (allow_errors); the failing ones are listed below
                failures += [
                    f"{nb_path.stem[:2]} cell {n} ({err})" for n, err in _failed_cells(target)
                ]
                _strip_timing(target)
                _annotate(target, shown)
                executed.append(target)
                if bar is not None:
                    bar.update(1)
            if bar is not None:
                bar.set_postfix_str("results.xlsx")
            tables = standard_tables(corpus, n_jobs=n_jobs)
            export(tables, out / "results.xlsx", corpus_path=shown, run_date=run_date)
            index = render_html(
                executed, out / "report", extra=_facts_html(corpus_facts(tables), shown, failures)
            )
            if bar is not None:
                bar.update(1)
        finally:
            if bar is not None:
                bar.close()
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    if failures:
        raise CellsFailed(
            f"report written to {index}, but {len(failures)} notebook cell(s) "
            f"failed on this corpus: {'; '.join(failures)}"
        )
    return index


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vocstudy`` console script."""
    parser = argparse.ArgumentParser(
        prog="vocstudy",
        description="Read Chinese news about vocational education: the notebooks on your articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser(
        "report",
        help="run notebooks 01–05 on PATH and write the report into DIR",
        description=__doc__.split("\n\n")[2] if __doc__ else None,
    )
    rep.add_argument(
        "path",
        help="a folder of .txt articles, or a table file "
        "(.csv, .xlsx, .jsonl, .parquet; one article per row)",
    )
    rep.add_argument("--out", required=True, help="output folder (created)")
    rep.add_argument(
        "--notebooks",
        nargs="+",
        default=list(REPORT_NOTEBOOKS),
        metavar="NN",
        help="only these notebooks, by number (default: 01 02 03 04 05)",
    )
    rep.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="for a table: the column holding a field, e.g. --column text=正文 "
        "(fields: id, text, title, published, source, author, url)",
    )
    rep.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    rep.add_argument("--run-date", help="date stated in the workbook (default: today)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        index = report(
            args.path,
            args.out,
            notebooks=args.notebooks,
            columns=_parse_columns(args.column),
            n_jobs=args.jobs,
            run_date=args.run_date,
            progress=not args.quiet,
        )
    except CellsFailed as e:
        print(f"vocstudy: warning: {e}", file=sys.stderr)
        return 1
    except ReportError as e:
        print(f"vocstudy: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vocstudy: interrupted", file=sys.stderr)
        return 130
    print(f"report: {index}")
    print(f"workbook: {Path(args.out) / 'results.xlsx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
