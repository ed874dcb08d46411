signpostSearch.piece(26,[
["you",4,[0,1,1,2,2,4,3,1]],
["your",1,[6,1]]]);
