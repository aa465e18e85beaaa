marrowSearch.addVocab("wi",{"wide":[5,3.1659,"A_4T9bS-1o"],"within":[9,3.84243,"LW4H5aXEv4x9-1_7zXNt"],"without":[8,4.08939,"EKAk1G8aX4e9yYMs3_"]});
