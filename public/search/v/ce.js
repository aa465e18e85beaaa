marrowSearch.addVocab("ce",{"cell":[13,4.05577,"XPe2l1_2g5Y2eBhY5LCP1O3L5O6X"],"centr":[3,3.05069,"EM5_3y"],"central":[13,2.92874,"2H1LErM_GP9v1-2T6-Bn1P7jY9T"]});
