"""The main window: assembly, actions and menus, navigation, opening files, dialogs."""
