marrowSearch.addVocab("wi",{"wide":[5,3.13458,"A_4T9bS-1o"],"within":[9,3.82407,"LW4H5aXEv4x9-1_7zXNt"],"without":[8,4.07158,"EJAl1G8eX4e9yYMs3_"]});
