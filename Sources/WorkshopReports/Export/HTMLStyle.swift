/// The report's one stylesheet: readable on screen, and on paper an A4 page with nothing cut off
/// (wide tables shrink their type, rows and charts never split across pages, colours print).
enum HTMLStyle {
    static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;max-width:60em;margin:2em auto;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums}
        th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left}td{text-align:right}
        .matrix td{min-width:3.5em;text-align:center;font-weight:600}td.none{color:#888}
        .matrix td small{display:block;font-weight:400;font-size:.72em;opacity:.85;white-space:nowrap}
        td.thin{background:#eee;color:#555;font-style:italic;font-weight:400}
        .swatch{display:inline-block;width:1.6em;height:1em;vertical-align:middle;border:1px solid #999;margin-right:.3em}
        .legend span{display:inline-block;margin-right:1.2em;white-space:nowrap}.meta,.note{color:#555}.note{font-size:.9em}
        .event{font-size:1.05em;margin:.2em 0}blockquote{margin:.6em 0 .2em;padding-left:.8em;border-left:3px solid #ccc;color:#333}
        svg{max-width:100%;height:auto}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;max-width:none;font-size:9pt}table{width:100%;font-size:8.5pt}
        th,td{padding:.15em .3em}tr,li,svg,.legend{page-break-inside:avoid;break-inside:avoid}
        h2{page-break-after:avoid;break-after:avoid}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}
