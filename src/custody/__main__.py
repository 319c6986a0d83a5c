"""``python -m custody`` and the frozen app's entry point."""

from custody.entry import main

if __name__ == "__main__":
    main()
