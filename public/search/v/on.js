marrowSearch.addVocab("on",{"oncolog":[3,4.15431,"XFt6_7U"],"one":[24,2.3997,0],"onset":[5,2.97784,"2q1yF_H_V-"]});
