/* The fixture templates' stand-in for the search script: the build copies it to the website and the kiosk. */
