"""Django format modules (``FORMAT_MODULE_PATH``): the site's US style for what Django formats."""
