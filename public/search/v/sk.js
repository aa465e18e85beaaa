marrowSearch.addVocab("sk",{"skelet":[1,6.23854,"ZN_"],"skill":[3,4.14335,"4vSaX9_"],"skin":[4,4.94924,"NP9SXEyH_"]});
