/// The EPUB's stylesheet: the site's reading styles without its screen layout (no sidebar,
/// header or scripts), in the reader's own colours and fonts where the reading system sets them.
enum EPUBStyle {
    static let css = """
    body { line-height: 1.5; }
    h1 { font-size: 1.6em; margin: 0 0 1em; }
    h2 { font-size: 1.3em; margin: 1.5em 0 .5em; }
    h3 { font-size: 1.1em; margin: 1.2em 0 .4em; }
    .section-number, .caption-number, .chapter-number { font-variant-numeric: tabular-nums; }
    a.anchor { display: none; }
    figure { margin: 1em 0; text-align: center; }
    figure img { max-width: 100%; height: auto; }
    figcaption { font-size: .9em; text-align: left; margin-top: .4em; }
    table { border-collapse: collapse; margin: 1em 0; font-size: .9em; }
    th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
    pre { white-space: pre-wrap; font-size: .85em; }
    code { font-family: monospace; }
    blockquote, .callout { margin: 1em 0; padding: .5em .8em; border-left: 3px solid #777; }
    .callout-title { font-weight: bold; margin: 0 0 .3em; }
    .callout-icon { display: none; }
    details > summary { font-weight: bold; }
    .math-display { margin: 1em 0; }
    .equation-number { float: right; }
    sup, sub { line-height: 0; }
    .references, .footnotes { font-size: .9em; margin-top: 2em; }
    .reference-backlinks { display: none; }
    dt { font-weight: bold; margin-top: .6em; }
    dd { margin: .2em 0 0 1.5em; }
    .link-previews, .quiz-actions, .quiz-result { display: none; }

    """
}
