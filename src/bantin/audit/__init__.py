"""What bantin did with its input, for the editor who checks: one stored article as it was
read, cut and analysed, and the log of runs with what each stored and refused."""

from .render import render_article, render_run, runs_html

__all__ = ["render_article", "render_run", "runs_html"]
