marrowSearch.addVocab("91",{"91":[6,3.12149,"D_6t3d3N5VX6w"]});
