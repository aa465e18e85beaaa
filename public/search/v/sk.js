marrowSearch.addVocab("sk",{"skelet":[1,6.20809,"ZN_"],"skill":[3,4.10991,"4vScX9_"],"skin":[4,4.92769,"NP9UXEyH_"]});
