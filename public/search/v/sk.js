marrowSearch.addVocab("sk",{"skelet":[1,2.4905,"aA_"],"skill":[8,4.57033,"4I3A6KFn8U7k9_Um"],"skin":[11,3.24802,"OU2g6_4c6N7T3U3PVP3SMT"]});
