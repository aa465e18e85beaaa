marrowSearch.addVocab("on",{"oncolog":[3,4.32574,"XFq6_7Q"],"one":[22,2.53439,"Bj2U1L5y1Y1i2R1X1V3Q2NCf1a1f3kGd1i1h2l7Z1hYU_"],"onset":[5,2.99293,"2m1yFzHyV_"]});
