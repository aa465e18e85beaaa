marrowSearch.addVocab("ce",{"cell":[13,4.03229,"XOe2l1_2g5Y2eBhY5LCP1O3L5O6X"],"centr":[3,3.01982,"EM5_3y"],"central":[13,2.90656,"2H1LErL_GQ9v1-2T6-Bn1P7jY9T"]});
