"""bantin: Vietnamese news articles in, sourced story briefs out."""

__version__ = "0.1.0"
