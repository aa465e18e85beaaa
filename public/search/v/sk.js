marrowSearch.addVocab("sk",{"skelet":[1,2.49056,"aA_"],"skill":[8,4.57046,"4I3A6KFn8U7k9_Um"],"skin":[11,3.24814,"OU2g6_4c6N7T3U3PVP3SMT"]});
