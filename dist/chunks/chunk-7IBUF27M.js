import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function truncateUtf8(text,maxBytes){let bytes=Buffer.from(text,"utf8");if(bytes.length<=maxBytes)return text;let notice=`

\u2026 (truncated: the full report is in the report files)
`,end=maxBytes-Buffer.byteLength(notice)-4;for(;end>0&&((bytes[end]??0)&192)===128;)end--;let cut=bytes.subarray(0,end).toString("utf8");return(cut.match(/^```/gm)??[]).length%2===1&&(cut+="\n```"),cut+notice}export{truncateUtf8};
