window.fixtureExtra = true;
