marrowSearch.addVocab("go",{"go":[3,4.10991,"XSSD_2V"],"goe":[3,2.02675,"S_Uv7k"],"good":[2,5.53927,"XHh3_"]});
