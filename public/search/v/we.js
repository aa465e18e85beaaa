marrowSearch.addVocab("we",{"week":[6,3.66832,"Np3PO_3oVQ1Q"],"weigh":[5,3.366,"NbISSa4_3v"],"weight":[7,3.36591,"Sy4r2_6j1QX1TBR"],"well":[8,3.43976,"X0oJV3Q1_1t7v5tZ2R"],"went":[1,2.13863,"YK_"]});
