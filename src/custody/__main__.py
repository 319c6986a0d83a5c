"""``python -m custody`` and the frozen app's entry point."""

from custody.cli.main import main

if __name__ == "__main__":
    main()
