"""The meeting itself: when it was held, when the next one is, its title, number and participants."""
