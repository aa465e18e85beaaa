marrowSearch.addVocab("ce",{"cell":[13,4.04824,"XPe2l1_2g5Y2eBhY5LCP1O3L5O6X"],"centr":[3,3.03767,"EM5_3y"],"central":[13,2.92078,"2H1LErM_GQ9v1-2T6-Bn1P7jY9T"]});
