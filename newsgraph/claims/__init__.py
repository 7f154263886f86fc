"""Claims and quotes: who said what, through whom, when, and how sure the article is."""
