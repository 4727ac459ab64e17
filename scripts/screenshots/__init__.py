"""The pictures in docs/screenshots/, made again from throw-away demo journals.

Run each from the checkout's root as a module, e.g.
`.venv/bin/python -m scripts.screenshots.main_states --language en`. `shooting` holds what
they share (the window at 1366×768, its options, taking a picture); `demo_journal` is the
half year of entries most of them show. They run offscreen unless QT_QPA_PLATFORM is set
(e.g. under xvfb-run).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
