"""The deck as data: tag families, items and guided templates loaded from resources/prompts/."""
