/// The files `marrow init` writes: a small book that shows each of Marrow's features once and
/// builds with no warnings. Paths are relative to the new book's folder.
enum BookScaffold {
    static func files(title: String) -> [(path: String, text: String)] {
        [
            ("content/book.yml", """
            title: "\(title.replacingOccurrences(of: "\"", with: "'"))"
            authors:
              - "Your Name"
            language: en
            description: "A book written with Marrow."
            bibliography: references.bib
            citation_style: ama
            print_page: true

            """),
            ("content/SUMMARY.md", """
            # Summary

            [Introduction](index.md)

            # Chapters

            - [Getting started](getting-started.md)

            ---

            [References](bibliography.md)

            """),
            ("content/index.md", """
            # Introduction

            This book was made by `marrow init`. Each chapter is a Markdown file in `content/`,
            listed in `content/SUMMARY.md`; `content/book.yml` holds the book's settings.

            - Run `marrow serve` and open the address it prints: the page reloads as you save.
            - Run `marrow build` to write the site into `public/`, ready to open from disk.
            - Run `marrow check` in continuous integration: it reports problems as `file:line:col`.

            Start with [Getting started](getting-started.md), which shows a citation, a
            cross-reference, a callout and a figure.

            """),
            ("content/getting-started.md", """
            ---
            title: "Getting started"
            description: "Citations, cross-references, callouts and figures in a Marrow book."
            ---

            ## Citations {#sec-citations}

            Cite a work from `content/references.bib` with its key in square brackets: literate
            programming treats a program as a piece of literature [@knuth1984literate]. The
            reference list at the end of this page and the book's [References](bibliography.md)
            are made from the same entry.

            ## Figures and cross-references {#sec-figures}

            An image alone in a paragraph becomes a figure, and a label after it lets the text
            refer to it by number: @fig-pipeline shows how Marrow builds this book, and
            @sec-citations explains citations.

            ![Marrow reads the Markdown, resolves links and citations, and writes the site.](figures/pipeline.svg){#fig-pipeline}

            ## Callouts {#sec-callouts}

            > [!TIP]
            > Links between chapters are written as links to their Markdown files, such as
            > [the introduction](index.md); Marrow checks them when it builds.

            > [!WARNING]
            > `marrow init` never overwrites a file: run it in an empty folder.

            """),
            ("content/bibliography.md", """
            # References

            Every work cited in this book, numbered in order of first citation.

            """),
            ("content/references.bib", """
            @article{knuth1984literate,
              author  = {Knuth, Donald E.},
              title   = {Literate Programming},
              journal = {The Computer Journal},
              year    = {1984},
              volume  = {27},
              number  = {2},
              pages   = {97--111},
              doi     = {10.1093/comjnl/27.2.97}
            }

            """),
            ("content/figures/pipeline.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 90" width="480" height="90" role="img" aria-labelledby="pipeline-title">
              <title id="pipeline-title">Markdown, then links and citations, then the site</title>
              <g font-family="system-ui, sans-serif" font-size="15" text-anchor="middle">
                <rect x="10" y="20" width="130" height="50" rx="8" fill="#e8f0fb" stroke="#1f4e8c"/>
                <text x="75" y="50">Markdown</text>
                <rect x="175" y="20" width="130" height="50" rx="8" fill="#fff4d6" stroke="#8a5a00"/>
                <text x="240" y="50">Links, citations</text>
                <rect x="340" y="20" width="130" height="50" rx="8" fill="#e7f4ea" stroke="#1e6b34"/>
                <text x="405" y="50">HTML site</text>
              </g>
              <g stroke="#333" stroke-width="2">
                <line x1="140" y1="45" x2="170" y2="45"/>
                <line x1="305" y1="45" x2="335" y2="45"/>
              </g>
            </svg>

            """),
            (".gitignore", """
            /public/

            """),
        ]
    }
}
