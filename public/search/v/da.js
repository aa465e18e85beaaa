marrowSearch.addVocab("da",{"damag":[3,4.0693,"XN_3S2S"],"dash":[1,2.04338,"XK_"],"data":[8,4.32015,"EI5a3G1c2FX2b9cZ7_"],"databas":[3,5.00977,"EKOba0_"],"day":[4,5.22852,"Mq2T1ZYG_"]});
