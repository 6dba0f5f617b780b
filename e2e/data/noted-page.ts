// A saved news page that the editor's reader has things to say about: saved in Windows-1252 (its
// <meta> says so, and "café" is one byte), a headline longer than a story keeps as a title, a broken
// JSON-LD block (the browser's own words about it are shown as a detail), a description the article
// does not hold (put first as the standfirst), menus and a footer for Readability to leave out.

const paragraphs = [
  'The leaders of South Korea, the United States and Japan met at Camp David on Friday, officials of the three governments said, in the first summit the three have held on their own.',
  'The talks lasted four hours. They agreed to hold such a meeting every year, to open a hotline for crises in the region, and to hold military exercises together each year from now on.',
  'The summit was held at the presidential retreat in Maryland, where the three leaders walked together before the talks and later took questions from reporters outside the main lodge.',
  'Officials said the hotline would be used to share warnings of missile launches, which have grown more frequent this year, and to agree quickly on what each government says about them.',
  'After the talks, the leaders had lunch at a café near the retreat, an aide said, before flying back to their capitals on Saturday morning.',
]

const html = `<!doctype html><html><head><meta charset="windows-1252">
<title>Leaders meet | The Daily</title>
<meta property="og:title" content="${'Leaders meet at the summit and agree on a hotline, yearly talks and exercises; '.repeat(8)}">
<meta property="og:site_name" content="The Daily">
<meta property="og:description" content="The three leaders agreed to meet every year and to open a hotline for crises, in a summit that their officials called historic.">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": broken</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Leaders meet at the summit</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</article><footer>© The Daily. All rights reserved.</footer></body></html>`

/** The page's bytes, as a browser saved it (each character one Windows-1252 byte). */
export const NOTED_PAGE = { name: 'leaders.html', mimeType: 'text/html', buffer: Buffer.from(html, 'latin1') }
