marrowSearch.addVocab("sk",{"skelet":[1,2.49524,"aA_"],"skill":[8,4.58116,"4I3A6KFn8U7k9_Um"],"skin":[11,3.25818,"OU2g6_4c6N7T3U3OVP3SMT"]});
