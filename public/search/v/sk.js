marrowSearch.addVocab("sk",{"skelet":[1,2.48287,"a9_"],"skill":[8,4.55141,"4I3A6KEn8T7k9_Um"],"skin":[11,3.23143,"NU2g6_4b6N7T3U3PVP3SMT"]});
