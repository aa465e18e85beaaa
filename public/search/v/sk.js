marrowSearch.addVocab("sk",{"skelet":[1,5.92691,"ZN_"],"skill":[3,4.15431,"4xScX9_"],"skin":[4,4.80272,"NS9VXEyH_"]});
