"""The files Refleks ships beside its code: prompts, translations, icons, desktop files.

A package so that `importlib.resources` finds them the same way in a source checkout, an
installed wheel and a PyInstaller bundle (see app/resources.py).
"""
