const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/full-7ZJV44EE-Cul6f7pP.js","assets/chunk-GNR2HNTB-DOMVEEGd.js","assets/chunk-67Y7M4OJ-DXVN-ALI.js","assets/chunk-K2LNXU54-BenWltTw.js","assets/chunk-Y2EFNT5P-DXRSZ_5L.js","assets/jsx-runtime-BMsyJmCf.js","assets/react-dom--xGVERvI.js","assets/index-DOO3OKua.js","assets/Loader-XuKPmHXI.js","assets/Input-5m3MOjIy.js","assets/Stack-BhR0XU7f.js","assets/Transition-COVZosed.js","assets/Text-B7lBYwqV.js","assets/InputBase-CvtxjPcp.js","assets/TextInput-2SPzx7k7.js","assets/index-D6bnZ2uB.css","assets/chunk-4P4VZS4P-BYtPrqle.js","assets/chunk-NJTGWYYH-CuLGzG7v.js","assets/dist-C47uDwKZ.js","assets/dist-sv4sUKrT.js","assets/w3c-keyname-BOAvb0qz.js","assets/with-selector-Ba915W33.js","assets/Render-DQXAYUBI-D0PBEKkG.js","assets/chunk-2CNEFIQP-C5G6Ps00.js","assets/chunk-H635BA2V-BbVD26ZN.js","assets/Editor-44C53YAG-Dv3Lw1kp.js","assets/filters-DRXrgFXG.js","assets/NumberInput-YBv46K9j.js","assets/noop-mXPS5vjY.js","assets/get-env-MimdSsZv.js","assets/reference-BdjP6xcq.js","assets/Popover-D3t1dzRr.js","assets/values-D4KOr_XY.js","assets/form-C1yStNux.js","assets/Textarea-CvYR4PvZ.js"])))=>i.map(i=>d[i]);
import{$ as e,B as t,C as n,F as r,G as i,H as a,I as o,J as s,K as c,L as l,M as u,P as d,Q as f,R as p,S as m,U as h,V as g,W as _,Y as v,_ as y,a as b,at as x,b as S,c as C,d as w,dt as T,f as E,ft as D,g as O,h as ee,i as te,it as ne,k as re,l as ie,m as k,nt as A,o as ae,p as oe,rt as j,s as se,st as M,t as ce,tt as le,u as ue,v as N,w as de,x as P,z as fe}from"./index-DOO3OKua.js";import{n as pe,r as me,t as he}from"./Stack-BhR0XU7f.js";import{t as F}from"./Text-B7lBYwqV.js";import{t as I}from"./chunk-H635BA2V-BbVD26ZN.js";import{t as ge}from"./chunk-GNR2HNTB-DOMVEEGd.js";import{At as _e,B as ve,Bt as ye,Ct as be,Dt as xe,Et as Se,Ft as Ce,G as we,Gt as Te,H as Ee,Ht as De,I as Oe,It as ke,J as Ae,Kt as je,L as Me,Lt as Ne,M as Pe,Mt as Fe,N as Ie,Nt as Le,Ot as Re,P as ze,Pt as Be,Q as Ve,R as He,Rt as Ue,St as We,Tt as Ge,U as Ke,Ut as qe,Vt as Je,W as Ye,Wt as Xe,Y as Ze,Z as Qe,_ as $e,_t as L,b as et,bt as R,c as tt,ct as nt,d as rt,dt as it,f as at,ft as ot,g as st,gt as z,h as ct,ht as lt,it as ut,j as dt,jt as ft,k as pt,kt as mt,l as ht,lt as gt,mt as _t,n as vt,nt as yt,ot as bt,pt as xt,q as St,qt as Ct,rt as wt,st as Tt,tt as Et,u as Dt,ut as Ot,v as kt,wt as At,x as jt,xt as Mt,y as Nt,yt as Pt,z as Ft,zt as It}from"./chunk-K2LNXU54-BenWltTw.js";import{a as B,i as V,n as Lt,o as H,r as Rt,t as U}from"./chunk-Y2EFNT5P-DXRSZ_5L.js";import{a as zt,n as Bt,o as Vt,r as Ht,t as Ut}from"./jsx-runtime-BMsyJmCf.js";import{t as Wt}from"./react-dom--xGVERvI.js";import"./chunk-67Y7M4OJ-DXVN-ALI.js";import"./chunk-4P4VZS4P-BYtPrqle.js";import"./chunk-NJTGWYYH-CuLGzG7v.js";import{E as Gt,H as Kt,I as qt,M as Jt,P as Yt,R as Xt,a as Zt,d as Qt,f as $t,i as en,j as tn,m as nn,n as rn,r as an,s as on,t as sn,y as cn}from"./Loader-XuKPmHXI.js";import{a as ln,c as un,l as dn,o as fn,p as pn,r as mn,s as hn,t as gn,u as _n}from"./Popover-D3t1dzRr.js";import{t as vn}from"./Transition-COVZosed.js";import{a as yn,o as bn,s as xn}from"./Input-5m3MOjIy.js";import{A as Sn,_ as Cn,b as wn,d as Tn,f as En,g as Dn,h as On,i as kn,l as An,m as jn,n as Mn,p as Nn,u as Pn,v as Fn,x as In,y as Ln}from"./reference-BdjP6xcq.js";import{S as Rn,_ as zn,b as Bn,h as Vn,i as Hn,m as Un,o as Wn,u as Gn,v as Kn}from"./values-D4KOr_XY.js";import{t as qn}from"./TextInput-2SPzx7k7.js";var W=Vt(Bt(),1);function Jn(e,t){let n=t-e+1;return Array.from({length:n},(t,n)=>n+e)}var Yn=`dots`;function Xn({total:e,siblings:t=1,boundaries:n=1,page:r,initialPage:i,onChange:a,startValue:o=1}){let s=Math.max(Math.trunc(o),1),c=Math.max(Math.trunc(e),s),l=c-s+1,u=i??s,[d,f]=x({value:r,onChange:a,defaultValue:u,finalValue:u}),p=(0,W.useCallback)(e=>{f(e<s?s:e>c?c:e)},[s,c,f]),m=(0,W.useCallback)(()=>p(d+1),[d,p]),h=(0,W.useCallback)(()=>p(d-1),[d,p]),g=(0,W.useCallback)(()=>p(s),[p,s]),_=(0,W.useCallback)(()=>p(c),[c,p]);return{range:(0,W.useMemo)(()=>{if(t*2+3+n*2>=l)return Jn(s,c);let e=Math.max(d-t,s+n-1),r=Math.min(d+t,c-n),i=e>s+n+1,a=r<c-(n+1);if(!i&&a){let e=t*2+n+2;return[...Jn(s,s+e-1),Yn,...Jn(c-(n-1),c)]}if(i&&!a){let e=n+1+2*t;return[...Jn(s,s+n-1),Yn,...Jn(c-e,c)]}return[...Jn(s,s+n-1),Yn,...Jn(e,r),Yn,...Jn(c-n+1,c)]},[l,t,d,s,c,n]),active:d,setPage:p,next:m,previous:h,first:g,last:_}}var Zn={duration:100,transition:`fade`};function Qn(e,t){return{...Zn,...t,...e}}var $n={root:`m_8d3f4000`,icon:`m_8d3afb97`,loader:`m_302b9fb1`,group:`m_1a0f1b21`,groupSection:`m_437b6484`},G=Ut(),er={orientation:`horizontal`},tr=Jt((e,{borderWidth:t})=>({group:{"--ai-border-width":Kt(t)}})),nr=Zt(e=>{let t=$t(`ActionIconGroup`,er,e),{className:n,style:r,classNames:i,styles:a,unstyled:o,orientation:s,vars:c,borderWidth:l,variant:u,mod:d,attributes:f,...p}=t,m=Qt({name:`ActionIconGroup`,props:t,classes:$n,className:n,style:r,classNames:i,styles:a,unstyled:o,attributes:f,vars:c,varsResolver:tr,rootSelector:`group`});return(0,G.jsx)(an,{...m(`group`),variant:u,mod:[{orientation:s},d],role:`group`,...p})});nr.classes=$n,nr.varsResolver=tr,nr.displayName=`@mantine/core/ActionIconGroup`;var rr=Jt((e,{radius:t,color:n,gradient:r,variant:i,autoContrast:a,size:o})=>{let s=e.variantColorResolver({color:n||e.primaryColor,theme:e,gradient:r,variant:i||`filled`,autoContrast:a});return{groupSection:{"--section-height":Xt(o,`section-height`),"--section-padding-x":Xt(o,`section-padding-x`),"--section-fz":Yt(o),"--section-radius":t===void 0?void 0:qt(t),"--section-bg":n||i?s.background:void 0,"--section-color":s.color,"--section-bd":n||i?s.border:void 0}}}),ir=Zt(e=>{let t=$t(`ActionIconGroupSection`,null,e),{className:n,style:r,classNames:i,styles:a,unstyled:o,vars:s,variant:c,gradient:l,radius:u,autoContrast:d,attributes:f,...p}=t,m=Qt({name:`ActionIconGroupSection`,props:t,classes:$n,className:n,style:r,classNames:i,styles:a,unstyled:o,attributes:f,vars:s,varsResolver:rr,rootSelector:`groupSection`});return(0,G.jsx)(an,{...m(`groupSection`),variant:c,...p})});ir.classes=$n,ir.varsResolver=rr,ir.displayName=`@mantine/core/ActionIconGroupSection`;var ar=Jt((e,{size:t,radius:n,variant:r,gradient:i,color:a,autoContrast:o})=>{let s=e.variantColorResolver({color:a||e.primaryColor,theme:e,gradient:i,variant:r||`filled`,autoContrast:o});return{root:{"--ai-size":Xt(t,`ai-size`),"--ai-radius":n===void 0?void 0:qt(n),"--ai-bg":a||r?s.background:void 0,"--ai-hover":a||r?s.hover:void 0,"--ai-hover-color":a||r?s.hoverColor:void 0,"--ai-color":s.color,"--ai-bd":a||r?s.border:void 0}}}),or=en(e=>{let t=$t(`ActionIcon`,null,e),{className:n,unstyled:r,variant:i,classNames:a,styles:o,style:s,loading:c,loaderProps:l,size:u,color:d,radius:f,__staticSelector:p,gradient:m,vars:h,children:g,disabled:_,"data-disabled":v,autoContrast:y,mod:b,attributes:x,...S}=t,C=Qt({name:[`ActionIcon`,p],props:t,className:n,style:s,classes:$n,classNames:a,styles:o,unstyled:r,attributes:x,vars:h,varsResolver:ar});return(0,G.jsxs)(rn,{...C(`root`,{active:!_&&!c&&!v}),"aria-busy":c||void 0,...S,unstyled:r,variant:i,size:u,disabled:_||c,mod:[{loading:c,disabled:_||v},b],children:[typeof c==`boolean`&&(0,G.jsx)(vn,{mounted:c,transition:`slide-down`,duration:150,children:e=>(0,G.jsx)(an,{component:`span`,...C(`loader`,{style:e}),"aria-hidden":!0,children:(0,G.jsx)(sn,{color:`var(--ai-color)`,size:`calc(var(--ai-size) * 0.55)`,...l})})}),(0,G.jsx)(an,{component:`span`,mod:{loading:c},...C(`icon`),children:g})]})});or.classes=$n,or.varsResolver=ar,or.displayName=`@mantine/core/ActionIcon`,or.Group=nr,or.GroupSection=ir;var sr={root:`m_849cf0da`},cr={underline:`hover`},lr=en(e=>{let{underline:t,className:n,unstyled:r,mod:i,...a}=$t(`Anchor`,cr,e);return(0,G.jsx)(F,{component:`a`,className:tn({[sr.root]:!r},n),...a,mod:[{underline:t},i],__staticSelector:`Anchor`,unstyled:r})});lr.classes=sr,lr.displayName=`@mantine/core/Anchor`;var ur={root:`m_b183c0a2`},dr=Jt((e,{color:t})=>({root:{"--code-bg":t?Gt(t,e):void 0}})),fr=Zt(e=>{let t=$t(`Code`,null,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,color:c,block:l,mod:u,attributes:d,...f}=t,p=Qt({name:`Code`,props:t,classes:ur,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:d,vars:s,varsResolver:dr});return(0,G.jsx)(an,{component:l?`pre`:`code`,mod:[{block:l},u],...p(`root`),...f,dir:`ltr`})});fr.classes=ur,fr.varsResolver=dr,fr.displayName=`@mantine/core/Code`;var[pr,mr]=D(`Pagination.Root component was not found in tree`),hr={root:`m_4addd315`,control:`m_326d024a`,dots:`m_4ad7767d`,items:`m_105fdbed`,label:`m_10817321`},gr={withPadding:!0},_r=Zt(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,active:o,disabled:s,withPadding:c,mod:l,...u}=$t(`PaginationControl`,gr,e),d=mr(),f=s||d.disabled;return(0,G.jsx)(rn,{disabled:f,mod:[{active:o,disabled:f,"with-padding":c},l],...d.getStyles(`control`,{className:n,style:r,classNames:t,styles:i,active:!f}),...u})});_r.classes=hr,_r.displayName=`@mantine/core/PaginationControl`;function vr({style:e,children:t,path:n,...r}){return(0,G.jsx)(`svg`,{viewBox:`0 0 16 16`,xmlns:`http://www.w3.org/2000/svg`,style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`,...e},...r,children:(0,G.jsx)(`path`,{d:n,fill:`currentColor`})})}var yr=e=>(0,G.jsx)(vr,{...e,path:`M8.781 8l-3.3-3.3.943-.943L10.667 8l-4.243 4.243-.943-.943 3.3-3.3z`}),br=e=>(0,G.jsx)(vr,{...e,path:`M7.219 8l3.3 3.3-.943.943L5.333 8l4.243-4.243.943.943-3.3 3.3z`}),xr=e=>(0,G.jsx)(vr,{...e,path:`M6.85355 3.85355C7.04882 3.65829 7.04882 3.34171 6.85355 3.14645C6.65829 2.95118 6.34171 2.95118 6.14645 3.14645L2.14645 7.14645C1.95118 7.34171 1.95118 7.65829 2.14645 7.85355L6.14645 11.8536C6.34171 12.0488 6.65829 12.0488 6.85355 11.8536C7.04882 11.6583 7.04882 11.3417 6.85355 11.1464L3.20711 7.5L6.85355 3.85355ZM12.8536 3.85355C13.0488 3.65829 13.0488 3.34171 12.8536 3.14645C12.6583 2.95118 12.3417 2.95118 12.1464 3.14645L8.14645 7.14645C7.95118 7.34171 7.95118 7.65829 8.14645 7.85355L12.1464 11.8536C12.3417 12.0488 12.6583 12.0488 12.8536 11.8536C13.0488 11.6583 13.0488 11.3417 12.8536 11.1464L9.20711 7.5L12.8536 3.85355Z`}),Sr=e=>(0,G.jsx)(vr,{...e,path:`M2.14645 11.1464C1.95118 11.3417 1.95118 11.6583 2.14645 11.8536C2.34171 12.0488 2.65829 12.0488 2.85355 11.8536L6.85355 7.85355C7.04882 7.65829 7.04882 7.34171 6.85355 7.14645L2.85355 3.14645C2.65829 2.95118 2.34171 2.95118 2.14645 3.14645C1.95118 3.34171 1.95118 3.65829 2.14645 3.85355L5.79289 7.5L2.14645 11.1464ZM8.14645 11.1464C7.95118 11.3417 7.95118 11.6583 8.14645 11.8536C8.34171 12.0488 8.65829 12.0488 8.85355 11.8536L12.8536 7.85355C13.0488 7.65829 13.0488 7.34171 12.8536 7.14645L8.85355 3.14645C8.65829 2.95118 8.34171 2.95118 8.14645 3.14645C7.95118 3.34171 7.95118 3.65829 8.14645 3.85355L11.7929 7.5L8.14645 11.1464Z`}),Cr={icon:e=>(0,G.jsx)(vr,{...e,path:`M2 8c0-.733.6-1.333 1.333-1.333.734 0 1.334.6 1.334 1.333s-.6 1.333-1.334 1.333C2.6 9.333 2 8.733 2 8zm9.333 0c0-.733.6-1.333 1.334-1.333C13.4 6.667 14 7.267 14 8s-.6 1.333-1.333 1.333c-.734 0-1.334-.6-1.334-1.333zM6.667 8c0-.733.6-1.333 1.333-1.333s1.333.6 1.333 1.333S8.733 9.333 8 9.333 6.667 8.733 6.667 8z`})},wr=Zt(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,icon:o,...s}=$t(`PaginationDots`,Cr,e),c=mr();return(0,G.jsx)(an,{...c.getStyles(`dots`,{className:n,style:r,styles:i,classNames:t}),...s,children:(0,G.jsx)(o,{style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`}})})});wr.classes=hr,wr.displayName=`@mantine/core/PaginationDots`;function Tr({icon:e,name:t,action:n,type:r}){let i={icon:e},a=e=>{let{icon:a,...o}=$t(t,i,e),s=mr(),c=r===`next`?s.active===s.total:s.active===1;return(0,G.jsx)(_r,{disabled:s.disabled||c,onClick:s[n],withPadding:!1,...o,children:(0,G.jsx)(a,{className:`mantine-rotate-rtl`,style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`}})})};return a.displayName=`@mantine/core/${t}`,on(a)}var Er=Tr({icon:yr,name:`PaginationNext`,action:`onNext`,type:`next`}),Dr=Tr({icon:br,name:`PaginationPrevious`,action:`onPrevious`,type:`previous`}),Or=Tr({icon:xr,name:`PaginationFirst`,action:`onFirst`,type:`previous`}),kr=Tr({icon:Sr,name:`PaginationLast`,action:`onLast`,type:`next`});function Ar({dotsIcon:e}){let t=mr(),n=t.range.map((n,r)=>n===`dots`?(0,G.jsx)(wr,{icon:e},r):(0,G.jsx)(_r,{active:n===t.active,"aria-current":n===t.active?`page`:void 0,onClick:()=>t.onChange(n),disabled:t.disabled,...t.getItemProps?.(n),children:t.getItemProps?.(n)?.children??n},r));return(0,G.jsx)(G.Fragment,{children:n})}Ar.displayName=`@mantine/core/PaginationItems`;var jr={formatLabel:({page:e,totalPages:t})=>`Page ${e} of ${t}`},Mr=Zt(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,formatLabel:o,...s}=$t(`PaginationLabel`,jr,e),c=mr();return(0,G.jsx)(an,{...c.getStyles(`label`,{className:n,style:r,styles:i,classNames:t}),...s,children:o({page:c.active,totalPages:c.total})})});Mr.classes=hr,Mr.displayName=`@mantine/core/PaginationLabel`;var Nr={siblings:1,boundaries:1},Pr=Jt((e,{size:t,radius:n,color:r,autoContrast:i})=>({root:{"--pagination-control-radius":n===void 0?void 0:qt(n),"--pagination-control-size":Xt(t,`pagination-control-size`),"--pagination-control-fz":Yt(t),"--pagination-active-bg":r?Gt(r,e):void 0,"--pagination-active-color":j(i,e)?ne({color:r,theme:e,autoContrast:i}):void 0}})),Fr=Zt(e=>{let t=$t(`PaginationRoot`,Nr,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,total:c,value:l,defaultValue:u,onChange:d,disabled:f,siblings:p,boundaries:m,color:h,radius:g,onNextPage:_,onPreviousPage:v,onFirstPage:y,onLastPage:b,getItemProps:x,autoContrast:S,startValue:C,layout:w,mod:T,attributes:E,...D}=t,O=Qt({name:`Pagination`,classes:hr,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:E,vars:s,varsResolver:Pr}),{range:ee,setPage:te,next:ne,previous:re,active:ie,first:k,last:A}=Xn({page:l,initialPage:u,onChange:d,total:c,siblings:p,boundaries:m,startValue:C});return(0,G.jsx)(pr,{value:{total:c,range:ee,active:ie,disabled:f,layout:w,getItemProps:x,onChange:te,onNext:pn(_,ne),onPrevious:pn(v,re),onFirst:pn(y,k),onLast:pn(b,A),getStyles:O},children:(0,G.jsx)(an,{...O(`root`),mod:[{layout:w},T],...D})})});Fr.classes=hr,Fr.varsResolver=Pr,Fr.displayName=`@mantine/core/PaginationRoot`;var Ir={withControls:!0,withPages:!0,siblings:1,boundaries:1,gap:8};function Lr({children:e}){let t=mr();return(0,G.jsx)(an,{...t.getStyles(`items`),children:e})}var Rr=Zt(e=>{let{withEdges:t,withControls:n,getControlProps:r,nextIcon:i,previousIcon:a,lastIcon:o,firstIcon:s,dotsIcon:c,total:l,gap:u,hideWithOnePage:d,withPages:f,layout:p,formatLabel:m,...h}=$t(`Pagination`,Ir,e);if(l<=0||d&&l===1)return null;let g=f?p===`responsive`?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(Lr,{children:(0,G.jsx)(Ar,{dotsIcon:c})}),(0,G.jsx)(Mr,{formatLabel:m})]}):(0,G.jsx)(Ar,{dotsIcon:c}):null;return(0,G.jsx)(Fr,{total:l,layout:p,...h,children:(0,G.jsxs)(me,{gap:u,children:[t&&(0,G.jsx)(Or,{icon:s,...r?.(`first`)}),n&&(0,G.jsx)(Dr,{icon:a,...r?.(`previous`)}),g,n&&(0,G.jsx)(Er,{icon:i,...r?.(`next`)}),t&&(0,G.jsx)(kr,{icon:o,...r?.(`last`)})]})})});Rr.classes=hr,Rr.displayName=`@mantine/core/Pagination`,Rr.Root=Fr,Rr.Control=_r,Rr.Dots=wr,Rr.First=Or,Rr.Last=kr,Rr.Next=Er,Rr.Previous=Dr,Rr.Items=Ar,Rr.Label=Mr;function zr({offset:t,position:n,defaultOpened:r}){let[i,a]=(0,W.useState)(r),o=(0,W.useRef)(null),{x:s,y:c,elements:l,refs:u,update:d,placement:f}=p({placement:n,middleware:[v({crossAxis:!0,padding:5,rootBoundary:`document`})]}),m=f.includes(`right`)?t:n.includes(`left`)?t*-1:0,h=f.includes(`bottom`)?t:n.includes(`top`)?t*-1:0,g=(0,W.useCallback)(({clientX:e,clientY:t})=>{Number.isFinite(e)&&Number.isFinite(t)&&u.setPositionReference({getBoundingClientRect(){return{width:0,height:0,x:e,y:t,left:e+m,top:t+h,right:e,bottom:t}}})},[l.reference]);return(0,W.useEffect)(()=>{if(u.floating.current){let t=o.current;t.addEventListener(`mousemove`,g);let n=e(u.floating.current);return n.forEach(e=>{e.addEventListener(`scroll`,d)}),()=>{t.removeEventListener(`mousemove`,g),n.forEach(e=>{e.removeEventListener(`scroll`,d)})}}},[l.reference,u.floating.current,d,g,i]),{handleMouseMove:g,x:s,y:c,opened:i,setOpened:a,boundaryRef:o,floating:u.setFloating}}var Br={tooltip:`m_1b3c8819`,arrow:`m_f898399f`},Vr={refProp:`ref`,withinPortal:!0,offset:10,position:`right`,zIndex:T(`popover`)},Hr=Jt((e,{radius:t,color:n})=>({tooltip:{"--tooltip-radius":t===void 0?void 0:qt(t),"--tooltip-bg":n?Gt(n,e):void 0,"--tooltip-color":n?`var(--mantine-color-white)`:void 0}})),Ur=Zt(e=>{let t=$t(`TooltipFloating`,Vr,e),{children:n,refProp:r,withinPortal:i,style:a,className:o,classNames:s,styles:c,unstyled:l,radius:u,color:d,label:f,offset:p,position:m,multiline:h,zIndex:g,disabled:_,defaultOpened:v,variant:y,vars:b,portalProps:x,attributes:S,ref:C,...w}=t,T=nn(),E=Qt({name:`TooltipFloating`,props:t,classes:Br,className:o,style:a,classNames:s,styles:c,unstyled:l,attributes:S,rootSelector:`tooltip`,vars:b,varsResolver:Hr}),{handleMouseMove:D,x:O,y:ee,opened:te,boundaryRef:ne,floating:re,setOpened:ie}=zr({offset:p,position:m,defaultOpened:v}),k=dn(n);if(!k)throw Error(`[@mantine/core] Tooltip.Floating component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported`);let ae=M(ne,_n(k),C),oe=k.props,j=e=>{oe.onMouseEnter?.(e),D(e),ie(!0)},se=e=>{oe.onMouseLeave?.(e),ie(!1)};return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(mn,{...x,withinPortal:i,children:(0,G.jsx)(an,{...w,...E(`tooltip`,{style:{...A(a,T),zIndex:g,display:!_&&te?`block`:`none`,top:Number.isFinite(ee)?Math.round(ee):``,left:Number.isFinite(O)?Math.round(O):``}}),variant:y,ref:re,mod:{multiline:h},children:f})}),(0,W.cloneElement)(k,{...oe,[r]:ae,onMouseEnter:j,onMouseLeave:se})]})});Ur.classes=Br,Ur.varsResolver=Hr,Ur.displayName=`@mantine/core/TooltipFloating`;var Wr=(0,W.createContext)({withinGroup:!1}),Gr={openDelay:0,closeDelay:0};function Kr(e){let{openDelay:t,closeDelay:n,children:r}=$t(`TooltipGroup`,Gr,e);return(0,G.jsx)(Wr,{value:{withinGroup:!0},children:(0,G.jsx)(d,{delay:{open:t,close:n},children:r})})}Kr.displayName=`@mantine/core/TooltipGroup`,Kr.extend=e=>e;function qr(e){if(e===void 0)return{shift:!0,flip:!0};let t={...e};return e.shift===void 0&&(t.shift=!0),e.flip===void 0&&(t.flip=!0),t}function Jr(e){let t=qr(e.middlewares),n=[s(e.offset),i()];return t.shift&&n.push(v(typeof t.shift==`boolean`?{padding:8}:{padding:8,...t.shift})),t.flip&&n.push(typeof t.flip==`boolean`?_():_(t.flip)),n.push(h({element:e.arrowRef,padding:e.arrowOffset})),t.inline?n.push(typeof t.inline==`boolean`?c():c(t.inline)):e.inline&&n.push(c()),n}function Yr(e){let[n,i]=(0,W.useState)(e.defaultOpened),s=typeof e.opened==`boolean`,c=!e.disabled&&(s?e.opened:n);(0,W.useEffect)(()=>{e.disabled&&i(!1)},[e.disabled]);let u=(0,W.use)(Wr).withinGroup,d=yn(),m=cn(),h=(0,W.useCallback)(e=>{i(e),e&&D(d)},[d]),{x:_,y:v,context:y,refs:b,placement:x,middlewareData:{arrow:{x:S,y:C}={},hide:w}}=p({strategy:e.strategy,placement:e.position,open:c,onOpenChange:h,middleware:Jr(e),whileElementsMounted:f}),{delay:T,currentId:E,setCurrentId:D}=o(y,{id:d}),{getReferenceProps:O,getFloatingProps:ee}=g([t(y,{enabled:!e.disabled&&e.events?.hover,delay:u?T:{open:e.openDelay,close:e.closeDelay},mouseOnly:!e.events?.touch,handleClose:e.interactive?r():null}),fe(y,{enabled:!e.disabled&&e.events?.focus,visibleOnly:!0}),a(y,{role:`tooltip`}),l(y,{enabled:e.opened===void 0})]),te=(0,W.useRef)(x);bn(()=>{te.current!==x&&(te.current=x,e.onPositionChange?.(x))},[x]);let ne=c&&E&&E!==d;return{x:_,y:v,arrowX:S,arrowY:C,reference:b.setReference,floating:b.setFloating,getFloatingProps:ee,getReferenceProps:O,isGroupPhase:ne,opened:c,placement:x,referenceHidden:e.hideDetached&&m!==`test`?w?.referenceHidden:!1}}var Xr={position:`top`,refProp:`ref`,withinPortal:!0,arrowSize:4,arrowOffset:5,arrowRadius:0,arrowPosition:`side`,offset:5,transitionProps:{duration:100,transition:`fade`},events:{hover:!0,focus:!1,touch:!1},zIndex:T(`popover`),middlewares:{flip:!0,shift:!0,inline:!1},hideDetached:!0},Zr=Jt((e,{radius:t,color:n,variant:r,autoContrast:i})=>{let a=e.variantColorResolver({theme:e,color:n||e.primaryColor,autoContrast:i,variant:r||`filled`});return{tooltip:{"--tooltip-radius":t===void 0?void 0:qt(t),"--tooltip-bg":n?a.background:void 0,"--tooltip-color":n?a.color:void 0}}}),Qr=Zt(e=>{let t=$t(`Tooltip`,Xr,e),{children:n,position:r,refProp:i,label:a,openDelay:o,closeDelay:s,onPositionChange:c,opened:l,defaultOpened:u,withinPortal:d,radius:f,color:p,classNames:m,styles:h,unstyled:g,style:_,className:v,withArrow:y,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,offset:w,transitionProps:T,multiline:E,events:D,interactive:O,zIndex:ee,disabled:te,onClick:ne,onMouseEnter:re,onMouseLeave:ie,inline:k,variant:A,keepMounted:ae,vars:oe,portalProps:j,mod:se,floatingStrategy:ce,middlewares:ue,autoContrast:N,attributes:de,target:P,hideDetached:fe,ref:pe,...me}=t,{dir:he}=le(),F=(0,W.useRef)(null),I=Yr({position:ln(he,r),closeDelay:s,openDelay:o,onPositionChange:c,opened:l,defaultOpened:u,disabled:te,events:D,interactive:O,arrowRef:F,arrowOffset:x,offset:typeof w==`number`?w+(y?b/2:0):w,inline:k,strategy:ce,middlewares:ue,hideDetached:fe});(0,W.useEffect)(()=>{let e=P instanceof HTMLElement?P:typeof P==`string`?document.querySelector(P):P?.current||null;e&&I.reference(e)},[P,I]);let ge=Qt({name:`Tooltip`,props:t,classes:Br,className:v,style:_,classNames:m,styles:h,unstyled:g,attributes:de,rootSelector:`tooltip`,vars:oe,varsResolver:Zr}),_e=dn(n);if(!P&&!_e)throw Error(`[@mantine/core] Tooltip component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported`);let ve=ge(`tooltip`),ye=O&&!te&&!!I.opened,be=C===`merge`&&y?hn({position:I.placement,dir:he}):void 0;if(P){let e=Qn(T,{duration:100,transition:`fade`});return(0,G.jsx)(G.Fragment,{children:(0,G.jsx)(mn,{...j,withinPortal:d,children:(0,G.jsx)(vn,{...e,keepMounted:ae,mounted:!te&&!!I.opened,duration:I.isGroupPhase?10:e.duration,children:e=>(0,G.jsxs)(an,{...me,"data-fixed":ce===`fixed`||void 0,variant:A,mod:[{multiline:E,interactive:ye},se],...ve,...I.getFloatingProps({ref:I.floating,className:ve.className,style:{...ve.style,...e,...be,zIndex:ee,top:I.y??0,left:I.x??0,...I.referenceHidden?{display:`none`}:null}}),children:[a,(0,G.jsx)(fn,{ref:F,arrowX:I.arrowX,arrowY:I.arrowY,visible:y,position:I.placement,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,...ge(`arrow`)})]})})})})}let xe=_e.props,Se=M(I.reference,_n(_e),pe),Ce=Qn(T,{duration:100,transition:`fade`});return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(mn,{...j,withinPortal:d,children:(0,G.jsx)(vn,{...Ce,keepMounted:ae,mounted:!te&&!!I.opened,duration:I.isGroupPhase?10:Ce.duration,children:e=>(0,G.jsxs)(an,{...me,"data-fixed":ce===`fixed`||void 0,variant:A,mod:[{multiline:E,interactive:ye},se],...I.getFloatingProps({ref:I.floating,className:ge(`tooltip`).className,style:{...ge(`tooltip`).style,...e,...be,zIndex:ee,top:I.y??0,left:I.x??0,...I.referenceHidden?{display:`none`}:null}}),children:[a,(0,G.jsx)(fn,{ref:F,arrowX:I.arrowX,arrowY:I.arrowY,visible:y,position:I.placement,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,...ge(`arrow`)})]})})}),(0,W.cloneElement)(_e,I.getReferenceProps({onClick:ne,onMouseEnter:re,onMouseLeave:ie,onMouseMove:t.onMouseMove,onPointerDown:t.onPointerDown,onPointerEnter:t.onPointerEnter,...xe,className:tn(v,xe.className),[i]:Se}))]})});Qr.classes=Br,Qr.varsResolver=Zr,Qr.displayName=`@mantine/core/Tooltip`,Qr.Floating=Ur,Qr.Group=Kr;var $r={root:`m_18320242`,"skeleton-fade":`m_299c329c`},ei={visible:!0,animate:!0},ti=Jt((e,{width:t,height:n,radius:r,circle:i})=>({root:{"--skeleton-height":Kt(n),"--skeleton-width":Kt(i?n:t),"--skeleton-radius":i?`1000px`:r===void 0?void 0:qt(r)}})),ni=Zt(e=>{let t=$t(`Skeleton`,ei,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,width:c,height:l,circle:u,visible:d,radius:f,animate:p,mod:m,attributes:h,...g}=t,_=Qt({name:`Skeleton`,classes:$r,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:h,vars:s,varsResolver:ti});return(0,G.jsx)(an,{..._(`root`),mod:[{visible:d,animate:p},m],...g})});ni.classes=$r,ni.varsResolver=ti,ni.displayName=`@mantine/core/Skeleton`,H();var ri=U(`RichTextEditor`,I),ii=(0,W.memo)(({children:e,menu:t,readOnly:n=!1,field:r,inline:i=!1,editor:a,id:o})=>{let{initialHeight:s}=r,c=z(e=>e.currentRichText?.id===o&&i===e.currentRichText.inline),l=L(),u=(0,W.useCallback)(e=>{var t,n;(e.metaKey||e.ctrlKey)&&e.key.toLowerCase()===`i`&&(e.stopPropagation(),e.preventDefault(),(n=a==null?void 0:(t=a.commands).toggleItalic)==null||n.call(t)),e.key.toLowerCase()===`backspace`&&e.stopPropagation()},[a]),d=(0,W.useCallback)(e=>{var t;let n=!!((t=e.relatedTarget)?.closest)?.call(t,`[data-puck-rte-menu]`);e.relatedTarget&&!n?l.setState({currentRichText:null}):e.stopPropagation()},[l]);return(0,G.jsxs)(`div`,{className:ri({editor:!i,inline:i,isActive:c,disabled:n}),style:i?{}:{height:s??192,overflowY:`auto`},onKeyDownCapture:u,onBlur:d,children:[!i&&(0,G.jsx)(`div`,{className:ri(`menu`),children:t}),e]})});ii.displayName=`EditorInner`,H();var ai=(0,W.lazy)(()=>ce(()=>import(`./full-7ZJV44EE-Cul6f7pP.js`).then(e=>({default:e.LoadedRichTextMenuFull})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21]))),oi=e=>(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(ge,B({},e)),children:(0,G.jsx)(ai,B({},e))}),si=Vt(Wt(),1);function ci(e,t,n){var r=this,i=(0,W.useRef)(null),a=(0,W.useRef)(0),o=(0,W.useRef)(null),s=(0,W.useRef)([]),c=(0,W.useRef)(),l=(0,W.useRef)(),u=(0,W.useRef)(e),d=(0,W.useRef)(!0);(0,W.useEffect)(function(){u.current=e},[e]);var f=!t&&t!==0&&typeof window<`u`;if(typeof e!=`function`)throw TypeError(`Expected a function`);t=+t||0;var p=!!(n||={}).leading,m=!(`trailing`in n)||!!n.trailing,h=`maxWait`in n,g=h?Math.max(+n.maxWait||0,t):null;return(0,W.useEffect)(function(){return d.current=!0,function(){d.current=!1}},[]),(0,W.useMemo)(function(){var e=function(e){var t=s.current,n=c.current;return s.current=c.current=null,a.current=e,l.current=u.current.apply(n,t)},n=function(e,t){f&&cancelAnimationFrame(o.current),o.current=f?requestAnimationFrame(e):setTimeout(e,t)},_=function(e){if(!d.current)return!1;var n=e-i.current;return!i.current||n>=t||n<0||h&&e-a.current>=g},v=function(t){return o.current=null,m&&s.current?e(t):(s.current=c.current=null,l.current)},y=function e(){var r=Date.now();if(_(r))return v(r);if(d.current){var o=t-(r-i.current);n(e,h?Math.min(o,g-(r-a.current)):o)}},b=function(){var u=Date.now(),f=_(u);if(s.current=[].slice.call(arguments),c.current=r,i.current=u,f){if(!o.current&&d.current)return a.current=i.current,n(y,t),p?e(i.current):l.current;if(h)return n(y,t),e(i.current)}return o.current||n(y,t),l.current};return b.cancel=function(){o.current&&(f?cancelAnimationFrame(o.current):clearTimeout(o.current)),a.current=0,s.current=i.current=c.current=o.current=null},b.isPending=function(){return!!o.current},b.flush=function(){return o.current?v(Date.now()):l.current},b},[p,h,t,g,m,f])}function li(e,t){return e===t}function ui(e){return typeof e==`function`?function(){return e}:e}function di(e,t,n){var r,i,a=n&&n.equalityFn||li,o=(r=(0,W.useState)(ui(e)),i=r[1],[r[0],(0,W.useCallback)(function(e){return i(ui(e))},[])]),s=o[0],c=o[1],l=ci((0,W.useCallback)(function(e){return c(e)},[c]),t,n),u=(0,W.useRef)(e);return a(u.current,e)||(l(e),u.current=e),[s,l]}H(),H(),H(),H(),H(),H();var fi=(e,t=e)=>({slot:({value:n,propName:r,field:i,isReadOnly:a})=>{let o=a?t:e;return e=>o(V(B({allow:i?.type===`slot`?i.allow:[],disallow:i?.type===`slot`?i.disallow:[]},e),{zone:r,content:n}))}});H(),H(),H();function pi(e,t,n){let r={};return Object.keys(e).forEach(i=>{let a=i;r[a]=r=>{var i=r,{parentId:o}=i,s=Rt(i,[`parentId`]);let c=s.propPath.replace(/\[\d+\]/g,`[*]`),l=t?.[s.propPath]||t?.[c]||n||!1,u=e[a];return u?.(V(B({},s),{field:s.field,isReadOnly:l,componentId:o}))}}),r}function mi(e,t,n,r,i){let a=(0,W.useMemo)(()=>pi(n,r,i),[n,r,i]),o=(0,W.useMemo)(()=>ye(t,a,e).props,[e,t,a]);return(0,W.useMemo)(()=>B(B({},t.props),o),[t.props,o])}function hi(e,t,n,r=n,i,a){return mi(e,t,fi(n,r),i,a)}H(),H();var gi=U(`RichTextEditor`,I);function _i({content:e}){return(0,G.jsx)(`div`,{className:gi(),children:(0,G.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e}})})}H();var vi=(e,t,n)=>{if(!e)return null;if(t.length===0)return n(e);let[r,...i]=t;return Array.isArray(e)?e.map(e=>vi(e,t,n)):V(B({},e),{[r]:vi(e[r],i,n)})},yi=(0,W.lazy)(()=>ce(()=>import(`./Render-DQXAYUBI-D0PBEKkG.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([22,23,4,5,19,20,24])));function bi(e,t){let n=(e,t=[])=>{if(!e)return[];let r=[];for(let[i,a]of Object.entries(e)){let e=[...t,i];a.type===`richtext`&&r.push({path:e,field:a}),a.type===`array`&&`arrayFields`in a&&r.push(...n(a.arrayFields,e)),a.type===`object`&&`objectFields`in a&&r.push(...n(a.objectFields,e))}return r},r=(0,W.useMemo)(()=>n(e),[e]);return(0,W.useMemo)(()=>{if(!r?.length)return{};let e=B({},t);for(let{path:t,field:n}of r)e=vi(e,t,e=>(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(_i,{content:e}),children:(0,G.jsx)(yi,{content:e,field:n})},t.join(`.`)));return e},[r,t,e])}H();var xi=e=>(0,G.jsx)(Ci,B({},e)),Si=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=hi(e,t,t=>(0,G.jsx)(xi,V(B({},t),{config:e,metadata:n}))),a=bi(r.fields,i);return(0,G.jsx)(r.render,V(B(B({},i),a),{puck:V(B({},i.puck),{metadata:n||{}})}))},Ci=(0,W.forwardRef)(function({className:e,style:t,content:n,config:r,metadata:i,as:a},o){return(0,G.jsx)(a??`div`,{className:e,style:t,ref:o,children:n.map(e=>r.components[e.type]?(0,G.jsx)(Si,{config:r,item:e,metadata:i},e.props.id):null)})}),wi=e=>Symbol.iterator in e,Ti=e=>`entries`in e,Ei=(e,t)=>{let n=e instanceof Map?e:new Map(e.entries()),r=t instanceof Map?t:new Map(t.entries());if(n.size!==r.size)return!1;for(let[e,t]of n)if(!r.has(e)||!Object.is(t,r.get(e)))return!1;return!0},Di=(e,t)=>{let n=e[Symbol.iterator](),r=t[Symbol.iterator](),i=n.next(),a=r.next();for(;!i.done&&!a.done;){if(!Object.is(i.value,a.value))return!1;i=n.next(),a=r.next()}return!!i.done&&!!a.done};function Oi(e,t){return Object.is(e,t)?!0:typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t)?!1:wi(e)&&wi(t)?Ti(e)&&Ti(t)?Ei(e,t):Di(e,t):Ei({entries:()=>Object.entries(e)},{entries:()=>Object.entries(t)})}function ki(e){let t=W.useRef(void 0);return n=>{let r=e(n);return Oi(t.current,r)?t.current:t.current=r}}var Ai=Symbol.for(`preact-signals`);function ji(){if(Ii>1)Ii--;else{var e,t=!1;for((function(){var e=Bi;for(Bi=void 0;e!==void 0;){var t=e.S;if(t.v===e.v)for(var n=t.t;n!==void 0;n=n.x)n.i===e.i&&(n.i=t.i);e=e.o}})();Fi!==void 0;){var n=Fi;for(Fi=void 0,Li++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Gi(n))try{n.c()}catch(n){t||=(e=n,!0)}n=r}}if(Li=0,Ii--,t)throw e}}function Mi(e){if(Ii>0)return e();zi=++Ri,Ii++;try{return e()}finally{ji()}}var Ni,Pi=void 0;function K(e){var t=Pi,n=Ni;Pi=void 0,Ni=void 0;try{return e()}finally{Pi=t,Ni=n}}var Fi=void 0,Ii=0,Li=0,Ri=0,zi=0,Bi=void 0,Vi=0;function Hi(e){if(Pi!==void 0){var t=e.n;if(t===void 0||t.t!==Pi)return t={i:0,S:e,p:Pi.s,n:void 0,t:Pi,e:void 0,x:void 0,r:t},Pi.s!==void 0&&(Pi.s.n=t),Pi.s=t,e.n=t,32&Pi.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=Pi.s,t.n=void 0,Pi.s.n=t,Pi.s=t),t}}function Ui(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}Ui.prototype.brand=Ai,Ui.prototype.h=function(){return!0},Ui.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n===void 0?K(function(){var e;(e=t.W)==null||e.call(t)}):n.e=e)},Ui.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&K(function(){var e;(e=t.Z)==null||e.call(t)}))}},Ui.prototype.subscribe=function(e){var t=this;return ea(function(){var n=t.value;K(function(){return e(n)})},{name:`sub`})},Ui.prototype.valueOf=function(){return this.value},Ui.prototype.toString=function(){return this.value+``},Ui.prototype.toJSON=function(){return this.value},Ui.prototype.peek=function(){var e=this;return K(function(){return e.value})},Object.defineProperty(Ui.prototype,"value",{get:function(){var e=Hi(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Li>100)throw Error(`Cycle detected`);(function(e){Ii!==0&&Li===0&&e.l!==zi&&(e.l=zi,Bi={S:e,v:e.v,i:e.i,o:Bi})})(this),this.v=e,this.i++,Vi++,Ii++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ji()}}}});function Wi(e,t){return new Ui(e,t)}function Gi(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Ki(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function qi(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function Ji(e,t){Ui.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Vi-1,this.f=4}Ji.prototype=new Ui,Ji.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Vi))return!0;if(this.g=Vi,this.f|=1,this.i>0&&!Gi(this))return this.f&=-2,!0;var e=Pi;try{Ki(this),Pi=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(e){this.v=e,this.f|=16,this.i++}return Pi=e,qi(this),this.f&=-2,!0},Ji.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}Ui.prototype.S.call(this,e)},Ji.prototype.U=function(e){if(this.t!==void 0&&(Ui.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}},Ji.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}},Object.defineProperty(Ji.prototype,"value",{get:function(){if(1&this.f)throw Error(`Cycle detected`);var e=Hi(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Yi(e,t){return new Ji(e,t)}function Xi(e){var t=e.j;if(e.j=void 0,typeof t==`function`){Ii++;var n=Pi;Pi=void 0;try{t()}catch(t){throw e.f&=-2,e.f|=8,Zi(e),t}finally{Pi=n,ji()}}}function Zi(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Xi(e)}function Qi(e){if(Pi!==this)throw Error(`Out-of-order effect`);qi(this),Pi=e,this.f&=-2;try{8&this.f&&Zi(this)}finally{ji()}}function $i(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,Ni&&Ni.push(this)}$i.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t==`function`&&(this.j=t)}finally{e()}},$i.prototype.S=function(){if(1&this.f)throw Error(`Cycle detected`);this.f|=1,this.f&=-9,Xi(this),Ki(this),Ii++;var e=Pi;return Pi=this,Qi.bind(this,e)},$i.prototype.N=function(){2&this.f||(this.f|=2,this.u=Fi,Fi=this)},$i.prototype.d=function(){this.f|=8,1&this.f||Zi(this)},$i.prototype.dispose=function(){this.d()};function ea(e,t){var n=new $i(e,t);try{n.c()}catch(e){throw n.d(),e}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var ta=Object.create,na=Object.defineProperty,ra=Object.defineProperties,ia=Object.getOwnPropertyDescriptor,aa=Object.getOwnPropertyDescriptors,oa=Object.getOwnPropertySymbols,sa=Object.prototype.hasOwnProperty,ca=Object.prototype.propertyIsEnumerable,la=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),ua=e=>{throw TypeError(e)},da=(e,t,n)=>t in e?na(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,fa=(e,t)=>{for(var n in t||={})sa.call(t,n)&&da(e,n,t[n]);if(oa)for(var n of oa(t))ca.call(t,n)&&da(e,n,t[n]);return e},pa=(e,t)=>ra(e,aa(t)),ma=(e,t)=>na(e,`name`,{value:t,configurable:!0}),ha=e=>[,,,ta(e?.[la(`metadata`)]??null)],ga=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],_a=e=>e!==void 0&&typeof e!=`function`?ua(`Function expected`):e,va=(e,t,n,r,i)=>({kind:ga[e],name:t,metadata:r,addInitializer:e=>n._?ua(`Already initialized`):i.push(_a(e||null))}),ya=(e,t)=>da(t,la(`metadata`),e[3]),ba=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},xa=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=ga[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&ia(d<4?i:{get[n](){return wa(this,a)},set[n](e){return Ea(this,a,e)}},n));d?p&&d<4&&ma(a,(d>2?`set `:d>1?`get `:``)+n):ma(i,n);for(var y=r.length-1;y>=0;y--)l=va(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Ca(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?wa:Da)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Ea(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?_a(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?ua(`Object expected`):(_a(o=s.get)&&(v.get=o),_a(o=s.set)&&(v.set=o),_a(o=s.init)&&g.unshift(o));return d||ya(e,i),v&&na(i,n,v),p?d^4?a:v:i},Sa=(e,t,n)=>t.has(e)||ua(`Cannot `+n),Ca=(e,t)=>Object(t)===t?e.has(t):ua(`Cannot use the "in" operator on this value`),wa=(e,t,n)=>(Sa(e,t,`read from private field`),n?n.call(e):t.get(e)),Ta=(e,t,n)=>t.has(e)?ua(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Ea=(e,t,n,r)=>(Sa(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Da=(e,t,n)=>(Sa(e,t,`access private method`),n);function Oa(e,t){if(t){let n;return Yi(()=>{let r=e();return r&&n&&t(n,r)?n:(n=r,r)})}return Yi(e)}function ka(e,t){if(Object.is(e,t))return!0;if(e===null||t===null)return!1;if(typeof e==`function`&&typeof t==`function`)return e===t;if(e instanceof Set&&t instanceof Set){if(e.size!==t.size)return!1;for(let n of e)if(!t.has(n))return!1;return!0}if(Array.isArray(e))return!Array.isArray(t)||e.length!==t.length?!1:!e.some((e,n)=>!ka(e,t[n]));if(typeof e==`object`&&typeof t==`object`){let n=Object.keys(e),r=Object.keys(t);return n.length===r.length&&!n.some(n=>!ka(e[n],t[n]))}return!1}function q({get:e},t){return{init(e){return Wi(e)},get(){return e.call(this).value},set(t){let n=e.call(this);n.peek()!==t&&(n.value=t)}}}function Aa(e,t){let n=new WeakMap;return function(){let t=n.get(this);return t||(t=Oa(e.bind(this)),n.set(this,t)),t.value}}function ja(e=!0){return function(t,n){n.addInitializer(function(){let t=n.kind===`field`||n.static?this:Object.getPrototypeOf(this),r=Object.getOwnPropertyDescriptor(t,n.name);r&&Object.defineProperty(t,n.name,pa(fa({},r),{enumerable:e}))})}}function Ma(...e){let t=e.map(e=>ea(e));return()=>t.forEach(e=>e())}var Na,Pa,Fa,Ia,La,Ra=[q],za,Ba,Va,Ha,Ua,Wa,Ga,Ka,qa,Ja,Ya,Xa,Za,Qa;La=[q],Ia=[q],Fa=[ja()],Pa=[ja()],Na=[ja()];var $a=class{constructor(e,t=Object.is){this.defaultValue=e,this.equals=t,ba(za,5,this),Ta(this,Wa),Ta(this,Ba,ba(za,8,this)),ba(za,11,this),Ta(this,Ga,ba(za,12,this)),ba(za,15,this),Ta(this,Ya,ba(za,16,this)),ba(za,19,this),this.reset=this.reset.bind(this),this.reset()}get current(){return wa(this,Wa,Za)}get initial(){return wa(this,Wa,Ha)}get previous(){return wa(this,Wa,qa)}set current(e){let t=K(()=>wa(this,Wa,Za));e&&t&&this.equals(t,e)||Mi(()=>{wa(this,Wa,Ha)||Ea(this,Wa,e,Ua),Ea(this,Wa,t,Ja),Ea(this,Wa,e,Qa)})}reset(e=this.defaultValue){Mi(()=>{Ea(this,Wa,void 0,Ja),Ea(this,Wa,e,Ua),Ea(this,Wa,e,Qa)})}};za=ha(null),Ba=new WeakMap,Wa=new WeakSet,Ga=new WeakMap,Ya=new WeakMap,Va=xa(za,20,`#initial`,Ra,Wa,Ba),Ha=Va.get,Ua=Va.set,Ka=xa(za,20,`#previous`,La,Wa,Ga),qa=Ka.get,Ja=Ka.set,Xa=xa(za,20,`#current`,Ia,Wa,Ya),Za=Xa.get,Qa=Xa.set,xa(za,2,`current`,Fa,$a),xa(za,2,`initial`,Pa,$a),xa(za,2,`previous`,Na,$a),ya(za,$a);function eo(e){return K(()=>{let t={};for(let n in e)t[n]=e[n];return t})}var to,no=class{constructor(){Ta(this,to,new WeakMap)}get(e,t){return e?wa(this,to).get(e)?.get(t):void 0}set(e,t,n){if(e)return wa(this,to).has(e)||wa(this,to).set(e,new Map),wa(this,to).get(e)?.set(t,n)}clear(e){return e?wa(this,to).get(e)?.clear():void 0}};to=new WeakMap;var ro=Object.create,io=Object.defineProperty,ao=Object.getOwnPropertyDescriptor,oo=Object.getOwnPropertySymbols,so=Object.prototype.hasOwnProperty,co=Object.prototype.propertyIsEnumerable,lo=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),uo=e=>{throw TypeError(e)},fo=Math.pow,po=(e,t,n)=>t in e?io(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,mo=(e,t)=>{for(var n in t||={})so.call(t,n)&&po(e,n,t[n]);if(oo)for(var n of oo(t))co.call(t,n)&&po(e,n,t[n]);return e},ho=(e,t)=>io(e,`name`,{value:t,configurable:!0}),go=e=>[,,,ro(e?.[lo(`metadata`)]??null)],_o=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],vo=e=>e!==void 0&&typeof e!=`function`?uo(`Function expected`):e,yo=(e,t,n,r,i)=>({kind:_o[e],name:t,metadata:r,addInitializer:e=>n._?uo(`Already initialized`):i.push(vo(e||null))}),bo=(e,t)=>po(t,lo(`metadata`),e[3]),xo=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},So=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=_o[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&ao(d<4?i:{get[n](){return To(this,a)},set[n](e){return Do(this,a,e)}},n));d?p&&d<4&&ho(a,(d>2?`set `:d>1?`get `:``)+n):ho(i,n);for(var y=r.length-1;y>=0;y--)l=yo(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>wo(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?To:Oo)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Do(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?vo(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?uo(`Object expected`):(vo(o=s.get)&&(v.get=o),vo(o=s.set)&&(v.set=o),vo(o=s.init)&&g.unshift(o));return d||bo(e,i),v&&io(i,n,v),p?d^4?a:v:i},Co=(e,t,n)=>t.has(e)||uo(`Cannot `+n),wo=(e,t)=>Object(t)===t?e.has(t):uo(`Cannot use the "in" operator on this value`),To=(e,t,n)=>(Co(e,t,`read from private field`),n?n.call(e):t.get(e)),Eo=(e,t,n)=>t.has(e)?uo(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Do=(e,t,n,r)=>(Co(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Oo=(e,t,n)=>(Co(e,t,`access private method`),n),ko=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},Ao=class e{constructor(e,t,n,r){this.left=e,this.top=t,this.width=n,this.height=r,this.scale={x:1,y:1}}get inverseScale(){return{x:1/this.scale.x,y:1/this.scale.y}}translate(t,n){let{top:r,left:i,width:a,height:o,scale:s}=this,c=new e(i+t,r+n,a,o);return c.scale=mo({},s),c}get boundingRectangle(){let{width:e,height:t,left:n,top:r,right:i,bottom:a}=this;return{width:e,height:t,left:n,top:r,right:i,bottom:a}}get center(){let{left:e,top:t,right:n,bottom:r}=this;return new ko((e+n)/2,(t+r)/2)}get area(){let{width:e,height:t}=this;return e*t}equals(t){if(!(t instanceof e))return!1;let{left:n,top:r,width:i,height:a}=this;return n===t.left&&r===t.top&&i===t.width&&a===t.height}containsPoint(e){let{top:t,left:n,bottom:r,right:i}=this;return t<=e.y&&e.y<=r&&n<=e.x&&e.x<=i}intersectionArea(t){return t instanceof e?jo(this,t):0}intersectionRatio(e){let{area:t}=this,n=this.intersectionArea(e);return n/(e.area+t-n)}get bottom(){let{top:e,height:t}=this;return e+t}get right(){let{left:e,width:t}=this;return e+t}get aspectRatio(){let{width:e,height:t}=this;return e/t}get corners(){return[{x:this.left,y:this.top},{x:this.right,y:this.top},{x:this.left,y:this.bottom},{x:this.right,y:this.bottom}]}static from({top:t,left:n,width:r,height:i}){return new e(n,t,r,i)}static delta(e,t,n={x:`center`,y:`center`}){let r=(e,t)=>{let r=n[t],i=t===`x`?e.left:e.top,a=t===`x`?e.width:e.height;return r==`start`?i:r==`end`?i+a:i+a/2};return ko.delta({x:r(e,`x`),y:r(e,`y`)},{x:r(t,`x`),y:r(t,`y`)})}static intersectionRatio(t,n){return e.from(t).intersectionRatio(e.from(n))}};function jo(e,t){let n=Math.max(t.top,e.top),r=Math.max(t.left,e.left),i=Math.min(t.left+t.width,e.left+e.width),a=Math.min(t.top+t.height,e.top+e.height),o=i-r,s=a-n;return r<i&&n<a?o*s:0}var Mo,No,Po,Fo,Io,Lo=class extends (Po=$a,No=[Aa],Mo=[Aa],Po){constructor(e){let t=ko.from(e);super(t,(e,t)=>ko.equals(e,t)),xo(Io,5,this),Eo(this,Fo,0),this.velocity={x:0,y:0}}get delta(){return ko.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=ko.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-To(this,Fo),o=e=>Math.round(e/a*100);Mi(()=>{Do(this,Fo,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(ko.from(e)),this.velocity={x:0,y:0}}};Io=go(Po),Fo=new WeakMap,So(Io,2,`delta`,No,Lo),So(Io,2,`direction`,Mo,Lo),bo(Io,Lo);function Ro({x:e,y:t},n){let r=Math.abs(e),i=Math.abs(t);return typeof n==`number`?Math.sqrt(fo(r,2)+fo(i,2))>n:`x`in n&&`y`in n?r>n.x&&i>n.y:`x`in n?r>n.x:`y`in n&&i>n.y}var zo=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(zo||{}),Bo=Object.values(zo),Vo=Object.create,Ho=Object.defineProperty,Uo=Object.defineProperties,Wo=Object.getOwnPropertyDescriptor,Go=Object.getOwnPropertyDescriptors,Ko=Object.getOwnPropertySymbols,qo=Object.prototype.hasOwnProperty,Jo=Object.prototype.propertyIsEnumerable,Yo=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Xo=e=>{throw TypeError(e)},Zo=(e,t,n)=>t in e?Ho(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Qo=(e,t)=>{for(var n in t||={})qo.call(t,n)&&Zo(e,n,t[n]);if(Ko)for(var n of Ko(t))Jo.call(t,n)&&Zo(e,n,t[n]);return e},$o=(e,t)=>Uo(e,Go(t)),es=(e,t)=>Ho(e,`name`,{value:t,configurable:!0}),ts=(e,t)=>{var n={};for(var r in e)qo.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Ko)for(var r of Ko(e))t.indexOf(r)<0&&Jo.call(e,r)&&(n[r]=e[r]);return n},ns=e=>[,,,Vo(e?.[Yo(`metadata`)]??null)],rs=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],is=e=>e!==void 0&&typeof e!=`function`?Xo(`Function expected`):e,as=(e,t,n,r,i)=>({kind:rs[e],name:t,metadata:r,addInitializer:e=>n._?Xo(`Already initialized`):i.push(is(e||null))}),os=(e,t)=>Zo(t,Yo(`metadata`),e[3]),J=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Y=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=rs[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Wo(d<4?i:{get[n](){return ls(this,a)},set[n](e){return us(this,a,e)}},n));d?p&&d<4&&es(a,(d>2?`set `:d>1?`get `:``)+n):es(i,n);for(var y=r.length-1;y>=0;y--)l=as(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>cs(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?ls:ds)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>us(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?is(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Xo(`Object expected`):(is(o=s.get)&&(v.get=o),is(o=s.set)&&(v.set=o),is(o=s.init)&&g.unshift(o));return d||os(e,i),v&&Ho(i,n,v),p?d^4?a:v:i},ss=(e,t,n)=>t.has(e)||Xo(`Cannot `+n),cs=(e,t)=>Object(t)===t?e.has(t):Xo(`Cannot use the "in" operator on this value`),ls=(e,t,n)=>(ss(e,t,`read from private field`),n?n.call(e):t.get(e)),X=(e,t,n)=>t.has(e)?Xo(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),us=(e,t,n,r)=>(ss(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),ds=(e,t,n)=>(ss(e,t,`access private method`),n);function fs(e,t){return{plugin:e,options:t}}function ps(e){return t=>fs(e,t)}function ms(e){return typeof e==`function`?{plugin:e,options:void 0}:e}var hs=[q],gs,_s,vs,ys=class{constructor(e,t){this.manager=e,this.options=t,X(this,_s,J(gs,8,this,!1)),J(gs,11,this),X(this,vs,new Set)}enable(){this.disabled=!1}disable(){this.disabled=!0}isDisabled(){return K(()=>this.disabled)}configure(e){this.options=e}registerEffect(e){let t=ea(e.bind(this));return ls(this,vs).add(t),t}destroy(){ls(this,vs).forEach(e=>e())}static configure(e){return fs(this,e)}};gs=ns(null),_s=new WeakMap,vs=new WeakMap,Y(gs,4,`disabled`,hs,ys,_s),os(gs,ys);var bs=class extends ys{},xs,Ss=class{constructor(e){this.manager=e,this.instances=new Map,X(this,xs,[])}get values(){return Array.from(this.instances.values())}set values(e){let t=e.map(ms).reduce((e,t)=>{let n=e.find(({plugin:e})=>e===t.plugin);return n?(n.options=t.options,e):[...e,t]},[]),n=t.map(({plugin:e})=>e);for(let e of ls(this,xs))if(!n.includes(e)){if(e.prototype instanceof bs)continue;this.unregister(e)}for(let{plugin:e,options:n}of t)this.register(e,n);us(this,xs,n)}get(e){return this.instances.get(e)}register(e,t){let n=this.instances.get(e);if(n)return n.options!==t&&(n.options=t),n;let r=new e(this.manager,t);return this.instances.set(e,r),r}unregister(e){let t=this.instances.get(e);t&&(t.destroy(),this.instances.delete(e))}destroy(){for(let e of this.instances.values())e.destroy();this.instances.clear()}};xs=new WeakMap;function Cs(e,t){return e.priority===t.priority?e.type===t.type?t.value-e.value:t.type-e.type:t.priority-e.priority}var ws=[],Ts,Es,Ds=class extends ys{constructor(e){super(e),X(this,Ts),X(this,Es),this.computeCollisions=this.computeCollisions.bind(this),us(this,Es,Wi(ws)),this.destroy=Ma(()=>{let e=this.computeCollisions(),t=K(()=>this.manager.dragOperation.position.current);if(e!==ws){let e=ls(this,Ts);if(us(this,Ts,t),e&&t.x==e.x&&t.y==e.y)return}else us(this,Ts,void 0);ls(this,Es).value=e},()=>{let{dragOperation:e}=this.manager;e.status.initialized&&this.forceUpdate()})}forceUpdate(e=!0){K(()=>{e?ls(this,Es).value=this.computeCollisions():us(this,Ts,void 0)})}computeCollisions(e,t){let{registry:n,dragOperation:r}=this.manager,{source:i,shape:a,status:o}=r;if(!o.initialized||!a)return ws;let s=[],c=[];for(let a of e??n.droppables){if(a.disabled||i&&!a.accepts(i))continue;let e=t??a.collisionDetector;if(!e)continue;c.push(a),a.shape;let n=K(()=>e({droppable:a,dragOperation:r}));n&&(a.collisionPriority!=null&&(n.priority=a.collisionPriority),s.push(n))}return c.length===0?ws:(s.sort(Cs),s)}get collisions(){return ls(this,Es).value}};Ts=new WeakMap,Es=new WeakMap;var Os,ks,As=[q],js,Ms,Ns,Ps,Fs,Is,Ls;ks=[q],Os=[q];var Rs=class e{constructor(e,t){X(this,Ps,J(Ns,8,this)),J(Ns,11,this),X(this,Fs),X(this,Is,J(Ns,12,this)),J(Ns,15,this),X(this,Ls,J(Ns,16,this)),J(Ns,19,this);let{effects:n,id:r,data:i={},disabled:a=!1,register:o=!0}=e,s=r;us(this,Fs,Wi(r)),this.manager=t,this.data=i,this.disabled=a,this.effects=()=>[()=>{let{id:e,manager:t}=this;if(e!==s)return s=e,t?.registry.register(this),()=>t?.registry.unregister(this)},...n?.()??[]],this.register=this.register.bind(this),this.unregister=this.unregister.bind(this),this.destroy=this.destroy.bind(this),t&&o&&queueMicrotask(this.register)}get id(){let t=ls(this,Fs).value;return e.pendingIdChanges?.get(this)??t}set id(t){t!==(e.pendingIdChanges?.get(this)??ls(this,Fs).peek())&&(e.pendingIdChanges||(e.pendingIdChanges=new Map,queueMicrotask(()=>{var t;return ds(t=e,js,Ms).call(t)})),e.pendingIdChanges.set(this,t))}register(){return this.manager?.registry.register(this)}unregister(){var e;(e=this.manager)==null||e.registry.unregister(this)}destroy(){var e;(e=this.manager)==null||e.registry.unregister(this)}};Ns=ns(null),js=new WeakSet,Ms=function(){let e=Rs.pendingIdChanges;Rs.pendingIdChanges=null,e&&Mi(()=>{for(let[t,n]of e)ls(t,Fs).value=n})},Ps=new WeakMap,Fs=new WeakMap,Is=new WeakMap,Ls=new WeakMap,Y(Ns,4,`manager`,As,Rs,Ps),Y(Ns,4,`data`,ks,Rs,Is),Y(Ns,4,`disabled`,Os,Rs,Ls),X(Rs,js),os(Ns,Rs),Rs.pendingIdChanges=null;var zs=Rs,Bs=class{constructor(){this.map=Wi(new Map),this.cleanupFunctions=new WeakMap,this.register=(e,t)=>{let n=this.map.peek(),r=n.get(e),i=()=>this.unregister(e,t);if(r===t)return i;r&&r.id===e&&(this.cleanupFunctions.get(r)?.(),this.cleanupFunctions.delete(r));let a=new Map(n);for(let[r,i]of n)if(i===t&&r!==e){a.delete(r);break}a.set(e,t),this.map.value=a;let o=Ma(...t.effects());return this.cleanupFunctions.set(t,o),i},this.unregister=(e,t)=>{let n=this.map.peek();if(n.get(e)!==t)return;this.cleanupFunctions.get(t)?.(),this.cleanupFunctions.delete(t);let r=new Map(n);r.delete(e),this.map.value=r}}[Symbol.iterator](){return this.map.peek().values()}get value(){return this.map.value.values()}has(e){return this.map.value.has(e)}get(e){return this.map.value.get(e)}destroy(){for(let e of this)this.cleanupFunctions.get(e)?.(),e.destroy();this.map.value=new Map}},Vs,Hs,Us,Ws,Gs,Ks,qs,Js,Ys,Xs,Zs,Qs=class extends (qs=zs,Ks=[q],Gs=[q],Ws=[q],Us=[Aa],Hs=[Aa],Vs=[Aa],qs){constructor(e,t){var n=e,{modifiers:r,type:i,sensors:a,plugins:o,effects:s}=n,c=ts(n,[`modifiers`,`type`,`sensors`,`plugins`,`effects`]);super($o(Qo({},c),{effects:()=>[...s?.()??[],()=>{let{manager:e,plugins:t}=this;if(e&&t)for(let n of t){let{plugin:t}=ms(n);e.registry.plugins.register(t)}}]}),t),J(Js,5,this),X(this,Ys,J(Js,8,this)),J(Js,11,this),X(this,Xs,J(Js,12,this)),J(Js,15,this),X(this,Zs,J(Js,16,this,this.isDragSource?`dragging`:`idle`)),J(Js,19,this),this.type=i,this.sensors=a,this.modifiers=r,this.alignment=c.alignment,this.plugins=o}pluginConfig(e){if(this.plugins)for(let t of this.plugins){let n=ms(t);if(n.plugin===e)return n.options}}get isDropping(){return this.status===`dropping`&&this.isDragSource}get isDragging(){return this.status===`dragging`&&this.isDragSource}get isDragSource(){return this.manager?.dragOperation.source?.id===this.id}};Js=ns(qs),Ys=new WeakMap,Xs=new WeakMap,Zs=new WeakMap,Y(Js,4,`type`,Ks,Qs,Ys),Y(Js,4,`modifiers`,Gs,Qs,Xs),Y(Js,4,`status`,Ws,Qs,Zs),Y(Js,2,`isDropping`,Us,Qs),Y(Js,2,`isDragging`,Hs,Qs),Y(Js,2,`isDragSource`,Vs,Qs),os(Js,Qs);var $s,ec,tc,nc,rc,ic,ac,oc,sc,cc,lc,uc,dc,fc=class extends (ac=zs,ic=[q],rc=[q],nc=[q],tc=[q],ec=[q],$s=[Aa],ac){constructor(e,t){var n=e,{accept:r,collisionDetector:i,collisionPriority:a,type:o}=n,s=ts(n,[`accept`,`collisionDetector`,`collisionPriority`,`type`]);super(s,t),J(oc,5,this),X(this,sc,J(oc,8,this)),J(oc,11,this),X(this,cc,J(oc,12,this)),J(oc,15,this),X(this,lc,J(oc,16,this)),J(oc,19,this),X(this,uc,J(oc,20,this)),J(oc,23,this),X(this,dc,J(oc,24,this)),J(oc,27,this),this.accept=r,this.collisionDetector=i,this.collisionPriority=a,this.type=o}accepts(e){let{accept:t}=this;return t?typeof t==`function`?t(e):e.type?Array.isArray(t)?t.includes(e.type):e.type===t:!1:!0}get isDropTarget(){return this.manager?.dragOperation.target?.id===this.id}};oc=ns(ac),sc=new WeakMap,cc=new WeakMap,lc=new WeakMap,uc=new WeakMap,dc=new WeakMap,Y(oc,4,`accept`,ic,fc,sc),Y(oc,4,`type`,rc,fc,cc),Y(oc,4,`collisionDetector`,nc,fc,lc),Y(oc,4,`collisionPriority`,tc,fc,uc),Y(oc,4,`shape`,ec,fc,dc),Y(oc,2,`isDropTarget`,$s,fc),os(oc,fc);var pc=class{constructor(){this.registry=new Map}addEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));return r.add(t),n.set(e,r),()=>this.removeEventListener(e,t)}removeEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));r.delete(t),n.set(e,r)}dispatch(e,...t){let{registry:n}=this,r=n.get(e);if(r)for(let e of r)e(...t)}},mc=class extends pc{constructor(e){super(),this.manager=e}dispatch(e,t){let n=[t,this.manager];super.dispatch(e,...n)}};function hc(e,t=!0){let n=!1;return $o(Qo({},e),{cancelable:t,get defaultPrevented(){return n},preventDefault(){t&&(n=!0)}})}var gc=class extends bs{constructor(e){super(e);let t=(e,t)=>e.map(({id:e})=>e).join(``)===t.map(({id:e})=>e).join(``),n=[];this.destroy=Ma(()=>{let{dragOperation:t,collisionObserver:r}=e;t.status.initializing&&(n=[],r.enable())},()=>{let{collisionObserver:r,monitor:i}=e,{collisions:a}=r;if(r.isDisabled()||zs.pendingIdChanges)return;let o=hc({collisions:a});if(i.dispatch(`collision`,o),o.defaultPrevented||t(a,n))return;n=a;let[s]=a;K(()=>{s?.id!==e.dragOperation.target?.id&&(r.disable(),e.actions.setDropTarget(s?.id).then(()=>{r.enable()}))})})}},_c=(e=>(e[e.Lowest=0]=`Lowest`,e[e.Low=1]=`Low`,e[e.Normal=2]=`Normal`,e[e.High=3]=`High`,e[e.Highest=4]=`Highest`,e))(_c||{}),vc=(e=>(e[e.Collision=0]=`Collision`,e[e.ShapeIntersection=1]=`ShapeIntersection`,e[e.PointerIntersection=2]=`PointerIntersection`,e))(vc||{}),yc,bc,xc,Sc,Cc,wc,Tc=[q],Ec,Dc;wc=[Aa],Cc=[Aa],Sc=[Aa],xc=[Aa],bc=[Aa],yc=[Aa];var Oc=class{constructor(){J(Ec,5,this),X(this,Dc,J(Ec,8,this,`idle`)),J(Ec,11,this)}get current(){return this.value}get idle(){return this.value===`idle`}get initializing(){return this.value===`initializing`}get initialized(){let{value:e}=this;return e!==`idle`&&e!==`initialization-pending`}get dragging(){return this.value===`dragging`}get dropped(){return this.value===`dropped`}set(e){this.value=e}};Ec=ns(null),Dc=new WeakMap,Y(Ec,4,`value`,Tc,Oc,Dc),Y(Ec,2,`current`,wc,Oc),Y(Ec,2,`idle`,Cc,Oc),Y(Ec,2,`initializing`,Sc,Oc),Y(Ec,2,`initialized`,xc,Oc),Y(Ec,2,`dragging`,bc,Oc),Y(Ec,2,`dropped`,yc,Oc),os(Ec,Oc);var kc=class{constructor(e){this.manager=e}setDragSource(e){let{dragOperation:t}=this.manager;t.sourceIdentifier=typeof e==`string`||typeof e==`number`?e:e.id}setDropTarget(e){return K(()=>{let{dragOperation:t}=this.manager,n=e??null;if(t.targetIdentifier===n)return Promise.resolve(!1);t.targetIdentifier=n;let r=hc({operation:t.snapshot()});return t.status.dragging&&this.manager.monitor.dispatch(`dragover`,r),this.manager.renderer.rendering.then(()=>r.defaultPrevented)})}start(e){return K(()=>{let{dragOperation:t}=this.manager;if(e.source!=null&&this.setDragSource(e.source),!t.source)throw Error(`Cannot start a drag operation without a drag source`);if(!t.status.idle)throw Error(`Cannot start a drag operation while another is active`);let n=new AbortController,{event:r,coordinates:i}=e;Mi(()=>{t.status.set(`initialization-pending`),t.shape=null,t.canceled=!1,t.activatorEvent=r??null,t.position.reset(i)});let a=hc({operation:t.snapshot()});return this.manager.monitor.dispatch(`beforedragstart`,a),a.defaultPrevented?(t.reset(),n.abort(),n):(t.status.set(`initializing`),t.controller=n,this.manager.renderer.rendering.then(()=>{if(n.signal.aborted)return;let{status:e}=t;e.current===`initializing`&&Mi(()=>{t.status.set(`dragging`),this.manager.monitor.dispatch(`dragstart`,{nativeEvent:r,operation:t.snapshot(),cancelable:!1})})}),n)})}move(e){return K(()=>{let{dragOperation:t}=this.manager,{status:n,controller:r}=t;if(!n.dragging||!r||r.signal.aborted)return;let i=hc({nativeEvent:e.event,operation:t.snapshot(),by:e.by,to:e.to},e.cancelable??!0);(e.propagate??!0)&&this.manager.monitor.dispatch(`dragmove`,i),queueMicrotask(()=>{if(i.defaultPrevented)return;let n=e.to??{x:t.position.current.x+(e.by?.x??0),y:t.position.current.y+(e.by?.y??0)};t.position.current=n})})}stop(e={}){return K(()=>{let{dragOperation:t}=this.manager,{controller:n}=t;if(!n||n.signal.aborted)return;let r,i=()=>{let e={resume:()=>{},abort:()=>{}};return r=new Promise((t,n)=>{e.resume=t,e.abort=n}),e};n.abort();let a=()=>{this.manager.renderer.rendering.then(()=>{t.status.set(`dropped`);let e=K(()=>t.source?.status===`dropping`),r=()=>{t.controller===n&&(t.controller=void 0),t.reset()};if(e){let{source:e}=t,n=ea(()=>{e?.status===`idle`&&(n(),r())})}else this.manager.renderer.rendering.then(r)})};t.canceled=e.canceled??!1,this.manager.monitor.dispatch(`dragend`,{nativeEvent:e.event,operation:t.snapshot(),canceled:e.canceled??!1,suspend:i}),r?r.then(a).catch(()=>t.reset()):a()})}},Ac=class extends ys{constructor(e,t){super(e,t),this.manager=e,this.options=t}},jc=class extends AbortController{constructor(e,t){super(),this.constraints=e,this.onActivate=t,this.activated=!1;for(let t of e??[])t.controller=this}onEvent(e){if(!this.activated){if(this.constraints?.length)for(let t of this.constraints)t.onEvent(e);else this.activate(e)}}activate(e){this.activated||(this.activated=!0,this.onActivate(e))}abort(e){this.activated=!1,super.abort(e)}},Mc,Nc=class{constructor(e){this.options=e,X(this,Mc)}set controller(e){us(this,Mc,e),e.signal.addEventListener(`abort`,()=>this.abort())}activate(e){var t;(t=ls(this,Mc))==null||t.activate(e)}};Mc=new WeakMap;var Pc=class extends ys{constructor(e,t){super(e,t),this.manager=e,this.options=t}apply(e){return e.transform}},Fc=class{constructor(e){this.draggables=new Bs,this.droppables=new Bs,this.plugins=new Ss(e),this.sensors=new Ss(e),this.modifiers=new Ss(e)}register(e,t){if(e instanceof Qs)return this.draggables.register(e.id,e);if(e instanceof fc)return this.droppables.register(e.id,e);if(e.prototype instanceof Pc)return this.modifiers.register(e,t);if(e.prototype instanceof Ac)return this.sensors.register(e,t);if(e.prototype instanceof ys)return this.plugins.register(e,t);throw Error(`Invalid instance type`)}unregister(e){if(e instanceof zs)return e instanceof Qs?this.draggables.unregister(e.id,e):e instanceof fc?this.droppables.unregister(e.id,e):()=>{};if(e.prototype instanceof Pc)return this.modifiers.unregister(e);if(e.prototype instanceof Ac)return this.sensors.unregister(e);if(e.prototype instanceof ys)return this.plugins.unregister(e);throw Error(`Invalid instance type`)}destroy(){this.draggables.destroy(),this.droppables.destroy(),this.plugins.destroy(),this.sensors.destroy(),this.modifiers.destroy()}},Ic,Lc,Rc,zc,Bc,Vc,Hc,Uc,Wc=[Aa],Gc,Kc,qc,Jc,Yc,Xc,Zc,Qc,$c,el;Uc=[q],Hc=[q],Vc=[q],Bc=[q],zc=[q],Rc=[Aa],Lc=[Aa],Ic=[Aa];var tl=class{constructor(e){J(Jc,5,this),X(this,Gc),X(this,Kc),X(this,qc,new $a(void 0,(e,t)=>e&&t?e.equals(t):e===t)),this.status=new Oc,X(this,Yc,J(Jc,8,this,!1)),J(Jc,11,this),X(this,Xc,J(Jc,12,this,null)),J(Jc,15,this),X(this,Zc,J(Jc,16,this,null)),J(Jc,19,this),X(this,Qc,J(Jc,20,this,null)),J(Jc,23,this),X(this,$c,J(Jc,24,this,[])),J(Jc,27,this),this.position=new Lo({x:0,y:0}),X(this,el,{x:0,y:0}),us(this,Gc,e)}get shape(){let{current:e,initial:t,previous:n}=ls(this,qc);return!e||!t?null:{current:e,initial:t,previous:n}}set shape(e){e?ls(this,qc).current=e:ls(this,qc).reset()}get source(){let e=this.sourceIdentifier;if(e==null)return null;let t=ls(this,Gc).registry.draggables.get(e);return t&&us(this,Kc,t),t??ls(this,Kc)??null}get target(){let e=this.targetIdentifier;return e==null?null:ls(this,Gc).registry.droppables.get(e)??null}get transform(){let{x:e,y:t}=this.position.delta,n={x:e,y:t};for(let e of this.modifiers)n=e.apply($o(Qo({},this.snapshot()),{transform:n}));return us(this,el,n),n}snapshot(){return K(()=>({source:this.source,target:this.target,activatorEvent:this.activatorEvent,transform:ls(this,el),shape:this.shape?eo(this.shape):null,position:eo(this.position),status:eo(this.status),canceled:this.canceled}))}reset(){Mi(()=>{this.status.set(`idle`),this.sourceIdentifier=null,this.targetIdentifier=null,ls(this,qc).reset(),this.position.reset({x:0,y:0}),us(this,el,{x:0,y:0}),this.modifiers=[]})}};Jc=ns(null),Gc=new WeakMap,Kc=new WeakMap,qc=new WeakMap,Yc=new WeakMap,Xc=new WeakMap,Zc=new WeakMap,Qc=new WeakMap,$c=new WeakMap,el=new WeakMap,Y(Jc,2,`shape`,Wc,tl),Y(Jc,4,`canceled`,Uc,tl,Yc),Y(Jc,4,`activatorEvent`,Hc,tl,Xc),Y(Jc,4,`sourceIdentifier`,Vc,tl,Zc),Y(Jc,4,`targetIdentifier`,Bc,tl,Qc),Y(Jc,4,`modifiers`,zc,tl,$c),Y(Jc,2,`source`,Rc,tl),Y(Jc,2,`target`,Lc,tl),Y(Jc,2,`transform`,Ic,tl),os(Jc,tl);var nl={get rendering(){return Promise.resolve()}};function rl(e,t){return typeof e==`function`?e(t):e??t}var il=class{constructor(e){this.destroy=()=>{this.dragOperation.status.idle||this.actions.stop({canceled:!0}),this.dragOperation.modifiers.forEach(e=>e.destroy()),this.registry.destroy(),this.collisionObserver.destroy()};let t=e??{},n=rl(t.plugins,[]),r=rl(t.sensors,[]),i=rl(t.modifiers,[]),a=t.renderer??nl,o=new mc(this),s=new Fc(this);this.registry=s,this.monitor=o,this.renderer=a,this.actions=new kc(this),this.dragOperation=new tl(this),this.collisionObserver=new Ds(this),this.plugins=[gc,...n],this.modifiers=i,this.sensors=r;let{destroy:c}=this,l=Ma(()=>{let e=K(()=>this.dragOperation.modifiers),t=this.modifiers;for(let n of e)t.includes(n)||n.destroy();this.dragOperation.modifiers=(this.dragOperation.source?.modifiers)?.map(e=>{let{plugin:t,options:n}=ms(e);return new t(this,n)})??t});this.destroy=()=>{l(),c()}}get plugins(){return this.registry.plugins.values}set plugins(e){this.registry.plugins.values=e}get modifiers(){return this.registry.modifiers.values}set modifiers(e){this.registry.modifiers.values=e}get sensors(){return this.registry.sensors.values}set sensors(e){this.registry.sensors.values=e}},al=e=>{throw TypeError(e)},ol=(e,t,n)=>t.has(e)||al(`Cannot `+n),Z=(e,t,n)=>(ol(e,t,`read from private field`),t.get(e)),sl=(e,t,n)=>t.has(e)?al(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),cl=(e,t,n,r)=>(ol(e,t,`write to private field`),t.set(e,n),n),ll=(e,t,n)=>(ol(e,t,`access private method`),n);function ul(e){return e?e instanceof KeyframeEffect||`getKeyframes`in e&&typeof e.getKeyframes==`function`:!1}function dl(e,t){let n=e.getAnimations(),r=null;for(let e of n){if(e.playState!==`running`)continue;let{effect:n}=e,i=(ul(n)?n.getKeyframes():[]).filter(t);i.length>0&&(r=[i[i.length-1],e])}return r}function fl(e){let{width:t,height:n,top:r,left:i,bottom:a,right:o}=e.getBoundingClientRect();return{width:t,height:n,top:r,left:i,bottom:a,right:o}}function pl(e){let t=Object.prototype.toString.call(e);return t===`[object Window]`||t===`[object global]`}function ml(e){return`nodeType`in e}function hl(e){return e?pl(e)?e:ml(e)?`defaultView`in e?e.defaultView??window:e.ownerDocument?.defaultView??window:window:window}function gl(e){let{Document:t}=hl(e);return e instanceof t||`nodeType`in e&&e.nodeType===Node.DOCUMENT_NODE}function _l(e){return!e||pl(e)?!1:e instanceof hl(e).HTMLElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`html`)}function vl(e){return e instanceof hl(e).SVGElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`svg`)}function yl(e){return e?pl(e)?e.document:ml(e)?gl(e)?e:_l(e)||vl(e)?e.ownerDocument:document:document:document}function bl(e){let{documentElement:t}=yl(e),n=hl(e).visualViewport,r=n?.width??t.clientWidth,i=n?.height??t.clientHeight,a=n?.offsetTop??0,o=n?.offsetLeft??0;return{top:a,left:o,right:o+r,bottom:a+i,width:r,height:i}}function xl(e,t){if(Sl(e)&&e.open===!1)return!1;let{overflow:n,overflowX:r,overflowY:i}=getComputedStyle(e);return n===`visible`&&r===`visible`&&i===`visible`}function Sl(e){return e.tagName===`DETAILS`}function Cl(e,t=e.getBoundingClientRect(),n=0){let r=t,{ownerDocument:i}=e,a=i.defaultView??window,o=e.parentElement;for(;o&&o!==i.documentElement;){if(!xl(o)){let e=o.getBoundingClientRect(),t=n*(e.bottom-e.top),i=n*(e.right-e.left),a=n*(e.bottom-e.top),s=n*(e.right-e.left);r={top:Math.max(r.top,e.top-t),right:Math.min(r.right,e.right+i),bottom:Math.min(r.bottom,e.bottom+a),left:Math.max(r.left,e.left-s),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top}o=o.parentElement}let s=a.visualViewport,c=s?.offsetTop??0,l=s?.offsetLeft??0,u=s?.width??a.innerWidth,d=s?.height??a.innerHeight,f=n*d,p=n*u;return r={top:Math.max(r.top,c-f),right:Math.min(r.right,l+u+p),bottom:Math.min(r.bottom,c+d+f),left:Math.max(r.left,l-p),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top,r.width<0&&(r.width=0),r.height<0&&(r.height=0),r}function wl(e){return{x:e.clientX,y:e.clientY}}var Tl=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0;function El(e=document,t=new Set){if(t.has(e))return[];t.add(e);let n=[e];for(let r of Array.from(e.querySelectorAll(`iframe, frame`)))try{let e=r.contentDocument;e&&!t.has(e)&&n.push(...El(e,t))}catch{}try{let r=e.defaultView;if(r&&r!==window.top){let i=r.parent;i&&i.document&&i.document!==e&&n.push(...El(i.document,t))}}catch{}return n}function Dl(){return/^((?!chrome|android).)*safari/i.test(navigator.userAgent)}function Ol(){let e=Dl()?window.visualViewport:null;return{x:e?.offsetLeft??0,y:e?.offsetTop??0}}function kl(e){return!e||!ml(e)?!1:e instanceof hl(e).ShadowRoot}function Al(e){if(e&&ml(e)){let t=e.getRootNode();if(kl(t)||t instanceof Document)return t}return yl(e)}function jl(e){return e.matchMedia(`(prefers-reduced-motion: reduce)`).matches}function Ml(e){let t=`input, textarea, select, canvas, [contenteditable]`,n=e.cloneNode(!0),r=Array.from(e.querySelectorAll(t));return Array.from(n.querySelectorAll(t)).forEach((e,t)=>{let n=r[t];Nl(e)&&Nl(n)&&(e.type!==`file`&&(e.value=n.value),e.type===`radio`&&e.name&&(e.name=`Cloned__${e.name}`)),Pl(e)&&Pl(n)&&n.width>0&&n.height>0&&e.getContext(`2d`)?.drawImage(n,0,0)}),n}function Nl(e){return`value`in e}function Pl(e){return e.tagName===`CANVAS`}function Fl(e,{x:t,y:n}){let r=e.elementFromPoint(t,n);if(Il(r)){let{contentDocument:e}=r;if(e){let{left:i,top:a}=r.getBoundingClientRect();return Fl(e,{x:t-i,y:n-a})}}return r}function Il(e){return e?.tagName===`IFRAME`}var Ll=new WeakMap;function Rl(e){return!!e.closest(`
      input:not([disabled]),
      select:not([disabled]),
      textarea:not([disabled]),
      button:not([disabled]),
      a[href],
      [contenteditable]:not([contenteditable="false"])
    `)}var zl=class{constructor(){this.entries=new Set,this.clear=()=>{for(let e of this.entries){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i)}this.entries.clear()}}bind(e,t){let n=Array.isArray(e)?e:[e],r=Array.isArray(t)?t:[t],i=[];for(let e of n)for(let t of r){let{type:n,listener:r,options:a}=t,o=[e,t];e.addEventListener(n,r,a),this.entries.add(o),i.push(o)}let a=this.entries;return function(){for(let e of i){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i),a.delete(e)}}}};function Bl(e){let t=e?.ownerDocument.defaultView;if(t&&t.self!==t.parent)return t.frameElement}function Vl(e){let t=new Set,n=Bl(e);for(;n;)t.add(n),n=Bl(n);return t}function Hl(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function Ul(e,t){let n=()=>performance.now(),r,i;return function(...a){let o=this;i?(r?.(),r=Hl(()=>{e.apply(o,a),i=n()},t-(n()-i))):(e.apply(o,a),i=n())}}function Wl(e,t){return e===t?!0:!e||!t?!1:e.top==t.top&&e.left==t.left&&e.right==t.right&&e.bottom==t.bottom}function Gl(e,t=e.getBoundingClientRect()){let{width:n,height:r}=Cl(e,t);return n>0&&r>0}var Kl=Tl?ResizeObserver:class{observe(){}unobserve(){}disconnect(){}},ql,Jl=class extends Kl{constructor(e){super(t=>{Z(this,ql)?e(t,this):cl(this,ql,!0)}),sl(this,ql,!1)}};ql=new WeakMap;var Yl=Array.from({length:100},(e,t)=>t/100),Xl=75,Zl,Ql,$l,eu,tu,nu,ru,iu,au,ou,su,cu=class{constructor(e,t,n={debug:!1,skipInitial:!1}){this.element=e,this.callback=t,sl(this,au),this.disconnect=()=>{var e,t,n;cl(this,ru,!0),(e=Z(this,$l))==null||e.disconnect(),(t=Z(this,eu))==null||t.disconnect(),Z(this,tu).disconnect(),(n=Z(this,nu))==null||n.remove()},sl(this,Zl,!0),sl(this,Ql),sl(this,$l),sl(this,eu),sl(this,tu),sl(this,nu),sl(this,ru,!1),sl(this,iu,Ul(()=>{var e;let{element:t}=this;if((e=Z(this,eu))==null||e.disconnect(),Z(this,ru)||!Z(this,Zl)||!t.isConnected)return;let n=t.ownerDocument??document,{innerHeight:r,innerWidth:i}=n.defaultView??window,a=t.getBoundingClientRect(),{top:o,left:s,bottom:c,right:l}=Cl(t,a),u=-Math.floor(o),d=-Math.floor(s),f=`${u}px ${-Math.floor(i-l)}px ${-Math.floor(r-c)}px ${d}px`;this.boundingClientRect=a,cl(this,eu,new IntersectionObserver(e=>{let[n]=e,{intersectionRect:r}=n;(n.intersectionRatio===1?Ao.intersectionRatio(r,Cl(t)):n.intersectionRatio)!==1&&Z(this,iu).call(this)},{threshold:Yl,rootMargin:f,root:n})),Z(this,eu).observe(t),ll(this,au,ou).call(this)},Xl)),this.boundingClientRect=e.getBoundingClientRect(),cl(this,Zl,Gl(e,this.boundingClientRect));let r=!0;this.callback=e=>{r&&(r=!1,n.skipInitial)||t(e)};let i=e.ownerDocument;n?.debug&&(cl(this,nu,document.createElement(`div`)),Z(this,nu).style.background=`rgba(0,0,0,0.15)`,Z(this,nu).style.position=`fixed`,Z(this,nu).style.pointerEvents=`none`,i.body.appendChild(Z(this,nu))),cl(this,tu,new IntersectionObserver(t=>{var n,r;let{boundingClientRect:i,isIntersecting:a}=t[t.length-1],{width:o,height:s}=i,c=Z(this,Zl);cl(this,Zl,a),(o||s)&&(c&&!a?((n=Z(this,eu))==null||n.disconnect(),this.callback(null),(r=Z(this,$l))==null||r.disconnect(),cl(this,$l,void 0),Z(this,nu)&&(Z(this,nu).style.visibility=`hidden`)):Z(this,iu).call(this),a&&!Z(this,$l)&&(cl(this,$l,new Jl(Z(this,iu))),Z(this,$l).observe(e)))},{threshold:Yl,root:i})),Z(this,Zl)&&!n.skipInitial&&this.callback(this.boundingClientRect),Z(this,tu).observe(e)}};Zl=new WeakMap,Ql=new WeakMap,$l=new WeakMap,eu=new WeakMap,tu=new WeakMap,nu=new WeakMap,ru=new WeakMap,iu=new WeakMap,au=new WeakSet,ou=function(){Z(this,ru)||(ll(this,au,su).call(this),Wl(this.boundingClientRect,Z(this,Ql))||(this.callback(this.boundingClientRect),cl(this,Ql,this.boundingClientRect)))},su=function(){if(Z(this,nu)){let{top:e,left:t,width:n,height:r}=Cl(this.element);Z(this,nu).style.overflow=`hidden`,Z(this,nu).style.visibility=`visible`,Z(this,nu).style.top=`${Math.floor(e)}px`,Z(this,nu).style.left=`${Math.floor(t)}px`,Z(this,nu).style.width=`${Math.floor(n)}px`,Z(this,nu).style.height=`${Math.floor(r)}px`}};var lu=new WeakMap,uu=new WeakMap;function du(e,t){let n=lu.get(e);return n||={disconnect:new cu(e,t=>{let n=lu.get(e);n&&n.callbacks.forEach(e=>e(t))},{skipInitial:!0}).disconnect,callbacks:new Set},n.callbacks.add(t),lu.set(e,n),()=>{n.callbacks.delete(t),n.callbacks.size===0&&(lu.delete(e),n.disconnect())}}function fu(e,t){let n=new Set;for(let r of e){let e=du(r,t);n.add(e)}return()=>n.forEach(e=>e())}function pu(e,t){let n=e.ownerDocument;if(!uu.has(n)){let e=new AbortController,t=new Set;document.addEventListener(`scroll`,e=>t.forEach(t=>t(e)),{capture:!0,passive:!0,signal:e.signal}),uu.set(n,{disconnect:()=>e.abort(),listeners:t})}let{listeners:r,disconnect:i}=uu.get(n)??{};return!r||!i?()=>{}:(r.add(t),()=>{r.delete(t),r.size===0&&(i(),uu.delete(n))})}var mu,hu,gu,_u,vu=class{constructor(e,t,n){this.callback=t,sl(this,mu),sl(this,hu,!1),sl(this,gu),sl(this,_u,Ul(e=>{if(!Z(this,hu)&&e.target&&`contains`in e.target&&typeof e.target.contains==`function`){for(let t of Z(this,gu))if(e.target.contains(t)){this.callback(Z(this,mu).boundingClientRect);break}}},Xl));let r=Vl(e),i=fu(r,t),a=pu(e,Z(this,_u));cl(this,gu,r),cl(this,mu,new cu(e,t,n)),this.disconnect=()=>{Z(this,hu)||(cl(this,hu,!0),i(),a(),Z(this,mu).disconnect())}}};mu=new WeakMap,hu=new WeakMap,gu=new WeakMap,_u=new WeakMap;function yu(e){return`showPopover`in e&&`hidePopover`in e&&typeof e.showPopover==`function`&&typeof e.hidePopover==`function`}function bu(e){try{yu(e)&&e.isConnected&&e.hasAttribute(`popover`)&&!e.matches(`:popover-open`)&&e.showPopover()}catch{}}function xu(e){return!Tl||!e?!1:e===yl(e).scrollingElement}function Su(e){let t=hl(e),n=xu(e)?bl(e):fl(e),r=t.visualViewport,i=xu(e)?{height:r?.height??t.innerHeight,width:r?.width??t.innerWidth}:{height:e.clientHeight,width:e.clientWidth},a={current:{x:e.scrollLeft,y:e.scrollTop},max:{x:e.scrollWidth-i.width,y:e.scrollHeight-i.height}};return{rect:n,position:a,isTop:a.current.y<=0,isLeft:a.current.x<=0,isBottom:a.current.y>=a.max.y,isRight:a.current.x>=a.max.x}}function Cu(e,t){let{isTop:n,isBottom:r,isLeft:i,isRight:a,position:o}=Su(e),{x:s,y:c}=t??{x:0,y:0},l=!n&&o.current.y+c>0,u=!r&&o.current.y+c<o.max.y,d=!i&&o.current.x+s>0,f=!a&&o.current.x+s<o.max.x;return{top:l,bottom:u,left:d,right:f,x:d||f,y:l||u}}var wu=class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}},Tu=new wu(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),Eu=new wu(e=>setTimeout(e,50)),Du=new Map,Ou=Du.clear.bind(Du);function ku(e,t=!1){if(!t)return Au(e);let n=Du.get(e);return n||(n=Au(e),Du.set(e,n),Eu.schedule(Ou),n)}function Au(e){return hl(e).getComputedStyle(e)}function ju(e,t=ku(e,!0)){return t.position===`fixed`||t.position===`sticky`}function Mu(e,t=ku(e,!0)){let n=/(auto|scroll|overlay)/;return[`overflow`,`overflowX`,`overflowY`].some(e=>{let r=t[e];return typeof r==`string`&&n.test(r)})}var Nu={excludeElement:!0,escapeShadowDOM:!0};function Pu(e,t=Nu){let{limit:n,excludeElement:r,escapeShadowDOM:i}=t,a=new Set;function o(t){if(n!=null&&a.size>=n||!t)return a;if(gl(t)&&t.scrollingElement!=null&&!a.has(t.scrollingElement))return a.add(t.scrollingElement),a;if(i&&kl(t))return o(t.host);if(!_l(t))return vl(t)?o(t.parentElement):a;if(a.has(t))return a;let s=ku(t,!0);if(r&&t===e||Mu(t,s)&&a.add(t),ju(t,s)){let{scrollingElement:e}=t.ownerDocument;return e&&a.add(e),a}return o(t.parentNode)}return e?o(e):a}function Fu(e,t=window.frameElement){let n={x:0,y:0,scaleX:1,scaleY:1};if(!e)return n;let r=Bl(e);for(;r;){if(r===t)return n;let e=fl(r),{x:i,y:a}=Iu(r,e);n.x+=e.left,n.y+=e.top,n.scaleX*=i,n.scaleY*=a,r=Bl(r)}return n}function Iu(e,t=fl(e)){let n=Math.round(t.width),r=Math.round(t.height);if(_l(e))return{x:n/e.offsetWidth,y:r/e.offsetHeight};let i=ku(e,!0);return{x:(parseFloat(i.width)||n)/n,y:(parseFloat(i.height)||r)/r}}function Lu(e){if(e===`none`)return null;let t=e.split(` `),n=parseFloat(t[0]),r=parseFloat(t[1]);return isNaN(n)&&isNaN(r)?null:{x:isNaN(n)?r:n,y:isNaN(r)?n:r}}function Ru(e){if(e===`none`)return null;let[t,n,r=`0`]=e.split(` `),i={x:parseFloat(t),y:parseFloat(n),z:parseInt(r,10)};return isNaN(i.x)&&isNaN(i.y)?null:{x:isNaN(i.x)?0:i.x,y:isNaN(i.y)?0:i.y,z:isNaN(i.z)?0:i.z}}function zu(e){let{scale:t,transform:n,translate:r}=e,i=Lu(t),a=Ru(r),o=Bu(n);if(!o&&!i&&!a)return null;let s={x:i?.x??1,y:i?.y??1},c={x:a?.x??0,y:a?.y??0},l={x:o?.x??0,y:o?.y??0,scaleX:o?.scaleX??1,scaleY:o?.scaleY??1};return{x:c.x+l.x,y:c.y+l.y,z:a?.z??0,scaleX:s.x*l.scaleX,scaleY:s.y*l.scaleY}}function Bu(e){if(e.startsWith(`matrix3d(`)){let t=e.slice(9,-1).split(/, /);return{x:+t[12],y:+t[13],scaleX:+t[0],scaleY:+t[5]}}if(e.startsWith(`matrix(`)){let t=e.slice(7,-1).split(/, /);return{x:+t[4],y:+t[5],scaleX:+t[0],scaleY:+t[3]}}return null}var Vu=(e=>(e[e.Idle=0]=`Idle`,e[e.Forward=1]=`Forward`,e[e.Reverse=-1]=`Reverse`,e))(Vu||{}),Hu={x:.2,y:.2},Uu={x:10,y:10};function Wu(e,t,n,r=25,i=Hu,a=Uu){let{x:o,y:s}=t,{rect:c,isTop:l,isBottom:u,isLeft:d,isRight:f}=Su(e),p=Fu(e),m=zu(ku(e,!0)),h=m!==null&&m?.scaleX<0,g=m!==null&&m?.scaleY<0,_=new Ao(c.left*p.scaleX+p.x,c.top*p.scaleY+p.y,c.width*p.scaleX,c.height*p.scaleY),v={x:0,y:0},y={x:0,y:0},b={height:_.height*i.y,width:_.width*i.x};return b.height>0&&(!l||g&&!u)&&s<=_.top+b.height&&n?.y!==1&&o>=_.left-a.x&&o<=_.right+a.x?(v.y=g?1:-1,y.y=r*Math.abs((_.top+b.height-s)/b.height)):b.height>0&&(!u||g&&!l)&&s>=_.bottom-b.height&&n?.y!==-1&&o>=_.left-a.x&&o<=_.right+a.x&&(v.y=g?-1:1,y.y=r*Math.abs((_.bottom-b.height-s)/b.height)),b.width>0&&(!f||h&&!d)&&o>=_.right-b.width&&n?.x!==-1&&s>=_.top-a.y&&s<=_.bottom+a.y?(v.x=h?-1:1,y.x=r*Math.abs((_.right-b.width-o)/b.width)):b.width>0&&(!d||h&&!f)&&o<=_.left+b.width&&n?.x!==1&&s>=_.top-a.y&&s<=_.bottom+a.y&&(v.x=h?1:-1,y.x=r*Math.abs((_.left+b.width-o)/b.width)),{direction:v,speed:y}}function Gu(e,{block:t=`nearest`,inline:n=`nearest`}={}){if(!_l(e))return;let r=Pu(e),i=[];for(let a of r){if(!_l(a))continue;let{top:r,left:o}=qu(e,a),s=r,c=o;for(let e of i)s-=e.scrollTop,c-=e.scrollLeft;if(t!==`none`){let n=s<a.scrollTop;n!==s+e.offsetHeight>a.scrollTop+a.clientHeight&&(a.scrollTop=t===`center`?s-a.clientHeight/2+e.offsetHeight/2:n?s:s+e.offsetHeight-a.clientHeight)}if(n!==`none`){let t=c<a.scrollLeft;t!==c+e.offsetWidth>a.scrollLeft+a.clientWidth&&(a.scrollLeft=n===`center`?c-a.clientWidth/2+e.offsetWidth/2:t?c:c+e.offsetWidth-a.clientWidth)}i.push(a)}}function Ku(e){let t=0,n=0,r=e;for(;r;){t+=r.offsetTop,n+=r.offsetLeft;let e=r.offsetParent;if(!_l(e))break;t+=e.clientTop,n+=e.clientLeft,r=e}return{top:t,left:n}}function qu(e,t){let n=Ku(e),r=Ku(t);return{top:n.top-r.top-t.clientTop,left:n.left-r.left-t.clientLeft}}function Ju(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left+a+(1-r)*parseFloat(n),c=e.top+o+(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width*r:e.width,u=i?e.height*i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function Yu(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left-a-(1-r)*parseFloat(n),c=e.top-o-(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width/r:e.width,u=i?e.height/i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function Xu({element:e,keyframes:t,options:n}){return e.animate(t,n).finished}function Zu(e,t=ku(e).translate,n=!0){if(n){let t=dl(e,e=>`translate`in e);if(t){let{translate:e=``}=t[0];if(typeof e==`string`){let t=Ru(e);if(t)return t}}}if(t){let e=Ru(t);if(e)return e}return{x:0,y:0,z:0}}var Qu=new wu(e=>setTimeout(e,0)),$u=new Map,ed=$u.clear.bind($u);function td(e){let t=e.ownerDocument,n=$u.get(t);if(n)return n;n=t.getAnimations(),$u.set(t,n),Qu.schedule(ed);let r=n.filter(t=>ul(t.effect)&&t.effect.target===e);return $u.set(e,r),n}function nd(e,t){let n=td(e).filter(e=>{if(ul(e.effect)){let{target:n}=e.effect;if((n&&t.isValidTarget?.call(t,n))??!0)return e.effect.getKeyframes().some(e=>{for(let n of t.properties)if(e[n])return!0})}}).map(e=>{let{effect:t,currentTime:n}=e,r=t?.getComputedTiming().duration;if(!(e.pending||e.playState===`finished`)&&typeof r==`number`&&typeof n==`number`&&n<r)return e.currentTime=r,()=>{e.currentTime=n}});if(n.length>0)return()=>n.forEach(e=>e?.())}var rd=class extends Ao{constructor(e,t={}){let{frameTransform:n=Fu(e),ignoreTransforms:r,getBoundingClientRect:i=fl}=t,a=nd(e,{properties:[`transform`,`translate`,`scale`,`width`,`height`],isValidTarget:t=>(t!==e||Dl())&&t.contains(e)}),o=i(e),{top:s,left:c,width:l,height:u}=o,d,f=ku(e),p=zu(f),m={x:p?.scaleX??1,y:p?.scaleY??1},h=id(e,f);a?.(),p&&(d=Yu(o,p,f.transformOrigin),(r||h)&&(s=d.top,c=d.left,l=d.width,u=d.height));let g={width:d?.width??l,height:d?.height??u};if(h&&!r&&d){let e=Ju(d,h,f.transformOrigin);s=e.top,c=e.left,l=e.width,u=e.height,m.x=h.scaleX,m.y=h.scaleY}n&&(r||(c*=n.scaleX,l*=n.scaleX,s*=n.scaleY,u*=n.scaleY),c+=n.x,s+=n.y),super(c,s,l,u),this.scale=m,this.intrinsicWidth=g.width,this.intrinsicHeight=g.height}};function id(e,t){let n=e.getAnimations();if(!n.length)return null;let r,i,a,o=!1;for(let e of n){if(e.playState!==`running`)continue;let t=ul(e.effect)?e.effect.getKeyframes():[],n=t[t.length-1];if(!n)continue;let{transform:s,translate:c,scale:l}=n;typeof s==`string`&&s&&(r=s,o=!0),typeof c==`string`&&c&&(i=c,o=!0),typeof l==`string`&&l&&(a=l,o=!0)}return o?zu({transform:r??t.transform,translate:i??t.translate,scale:a??t.scale}):null}function ad(e){return`style`in e&&typeof e.style==`object`&&e.style!==null&&`setProperty`in e.style&&`removeProperty`in e.style&&typeof e.style.setProperty==`function`&&typeof e.style.removeProperty==`function`}var od=class{constructor(e){this.element=e,this.initial=new Map}set(e,t=``){let{element:n}=this;if(ad(n))for(let[r,i]of Object.entries(e)){let e=`${t}${r}`;this.initial.has(e)||this.initial.set(e,n.style.getPropertyValue(e)),n.style.setProperty(e,typeof i==`string`?i:`${i}px`)}}remove(e,t=``){let{element:n}=this;if(ad(n))for(let r of e){let e=`${t}${r}`;n.style.removeProperty(e)}}reset(){let{element:e}=this;if(ad(e)){for(let[t,n]of this.initial)e.style.setProperty(t,n);e.getAttribute(`style`)===``&&e.removeAttribute(`style`)}}};function sd(e){return e?e instanceof hl(e).Element||ml(e)&&e.nodeType===Node.ELEMENT_NODE:!1}function cd(e){if(!e)return!1;let{KeyboardEvent:t}=hl(e.target);return e instanceof t}function ld(e){if(!e)return!1;let{PointerEvent:t}=hl(e.target);return e instanceof t}function ud(e){if(!sd(e))return!1;let{tagName:t}=e;return t===`INPUT`||t===`TEXTAREA`||dd(e)}function dd(e){return e.hasAttribute(`contenteditable`)&&e.getAttribute(`contenteditable`)!==`false`}var fd={};function pd(e){let t=fd[e]==null?0:fd[e]+1;return fd[e]=t,`${e}-${t}`}var md=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/ko.distance(t.shape.center,n),type:vc.PointerIntersection,priority:_c.High}:null},hd=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=ko.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:vc.ShapeIntersection,priority:_c.Normal}}return null},gd=e=>md(e)??hd(e),_d=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?Ao.from(r.current.boundingRectangle).corners:void 0,o=Ao.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+ko.distance(ko.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:vc.Collision,priority:_c.Normal}},vd=Object.create,yd=Object.defineProperty,bd=Object.defineProperties,xd=Object.getOwnPropertyDescriptor,Sd=Object.getOwnPropertyDescriptors,Cd=Object.getOwnPropertySymbols,wd=Object.prototype.hasOwnProperty,Td=Object.prototype.propertyIsEnumerable,Ed=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Dd=e=>{throw TypeError(e)},Od=(e,t,n)=>t in e?yd(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,kd=(e,t)=>{for(var n in t||={})wd.call(t,n)&&Od(e,n,t[n]);if(Cd)for(var n of Cd(t))Td.call(t,n)&&Od(e,n,t[n]);return e},Ad=(e,t)=>bd(e,Sd(t)),jd=(e,t)=>yd(e,`name`,{value:t,configurable:!0}),Md=(e,t)=>{var n={};for(var r in e)wd.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Cd)for(var r of Cd(e))t.indexOf(r)<0&&Td.call(e,r)&&(n[r]=e[r]);return n},Nd=e=>[,,,vd(e?.[Ed(`metadata`)]??null)],Pd=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Fd=e=>e!==void 0&&typeof e!=`function`?Dd(`Function expected`):e,Id=(e,t,n,r,i)=>({kind:Pd[e],name:t,metadata:r,addInitializer:e=>n._?Dd(`Already initialized`):i.push(Fd(e||null))}),Ld=(e,t)=>Od(t,Ed(`metadata`),e[3]),Rd=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},zd=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=Pd[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&xd(d<4?i:{get[n](){return Q(this,a)},set[n](e){return Ud(this,a,e)}},n));d?p&&d<4&&jd(a,(d>2?`set `:d>1?`get `:``)+n):jd(i,n);for(var y=r.length-1;y>=0;y--)l=Id(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Vd(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Q:Wd)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Ud(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?Fd(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Dd(`Object expected`):(Fd(o=s.get)&&(v.get=o),Fd(o=s.set)&&(v.set=o),Fd(o=s.init)&&g.unshift(o));return d||Ld(e,i),v&&yd(i,n,v),p?d^4?a:v:i},Bd=(e,t,n)=>t.has(e)||Dd(`Cannot `+n),Vd=(e,t)=>Object(t)===t?e.has(t):Dd(`Cannot use the "in" operator on this value`),Q=(e,t,n)=>(Bd(e,t,`read from private field`),n?n.call(e):t.get(e)),Hd=(e,t,n)=>t.has(e)?Dd(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Ud=(e,t,n,r)=>(Bd(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Wd=(e,t,n)=>(Bd(e,t,`access private method`),n),Gd={role:`button`,roleDescription:`draggable`},Kd=`dnd-kit-description`,qd=`dnd-kit-announcement`,Jd={draggable:`To pick up a draggable item, press the space bar. While dragging, use the arrow keys to move the item in a given direction. Press space again to drop the item in its new position, or press escape to cancel.`},Yd={dragstart({operation:{source:e}}){if(e)return`Picked up draggable item ${e.id}.`},dragover({operation:{source:e,target:t}}){if(e&&e.id!==t?.id)return t?`Draggable item ${e.id} was moved over droppable target ${t.id}.`:`Draggable item ${e.id} is no longer over a droppable target.`},dragend({operation:{source:e,target:t},canceled:n}){if(e)return n?`Dragging was cancelled. Draggable item ${e.id} was dropped.`:t?`Draggable item ${e.id} was dropped over droppable target ${t.id}`:`Draggable item ${e.id} was dropped.`}};function Xd(e){let t=e.tagName.toLowerCase();return[`input`,`select`,`textarea`,`a`,`button`].includes(t)}function Zd(e,t){let n=document.createElement(`div`);return n.id=e,n.style.setProperty(`display`,`none`),n.textContent=t,n}function Qd(e){let t=document.createElement(`div`);return t.id=e,t.setAttribute(`role`,`status`),t.setAttribute(`aria-live`,`polite`),t.setAttribute(`aria-atomic`,`true`),t.style.setProperty(`position`,`fixed`),t.style.setProperty(`width`,`1px`),t.style.setProperty(`height`,`1px`),t.style.setProperty(`margin`,`-1px`),t.style.setProperty(`border`,`0`),t.style.setProperty(`padding`,`0`),t.style.setProperty(`overflow`,`hidden`),t.style.setProperty(`clip`,`rect(0 0 0 0)`),t.style.setProperty(`clip-path`,`inset(100%)`),t.style.setProperty(`white-space`,`nowrap`),t}var $d=[`dragover`,`dragmove`],ef=class extends ys{constructor(e,t){super(e);let{id:n,idPrefix:{description:r=Kd,announcement:i=qd}={},announcements:a=Yd,screenReaderInstructions:o=Jd,debounce:s=500}=t??{},c=n?`${r}-${n}`:pd(r),l=n?`${i}-${n}`:pd(i),u,d,f,p,m=(e=p)=>{f&&e&&f?.nodeValue!==e&&(f.nodeValue=e)},h=()=>Tu.schedule(m),g=tf(h,s),_=Object.entries(a).map(([e,t])=>this.manager.monitor.addEventListener(e,(n,r)=>{let i=f;if(!i)return;let a=t?.(n,r);a&&i.nodeValue!==a&&(p=a,$d.includes(e)?g():(h(),g.cancel()))})),v=()=>{let e=[];u?.isConnected||(u=Zd(c,o.draggable),e.push(u)),d?.isConnected||(d=Qd(l),f=document.createTextNode(``),d.appendChild(f),e.push(d)),e.length>0&&document.body.append(...e)},y=new Set;function b(){for(let e of y)e()}this.registerEffect(()=>{y.clear();for(let e of this.manager.registry.draggables.value){let t=e.handle??e.element;if(t){u&&d||y.add(v),Xd(t)&&!Dl()||t.hasAttribute(`tabindex`)||y.add(()=>t.setAttribute(`tabindex`,`0`)),!t.hasAttribute(`role`)&&t.tagName.toLowerCase()!==`button`&&y.add(()=>t.setAttribute(`role`,Gd.role)),t.hasAttribute(`aria-roledescription`)||y.add(()=>t.setAttribute(`aria-roledescription`,Gd.roleDescription)),t.hasAttribute(`aria-describedby`)||y.add(()=>t.setAttribute(`aria-describedby`,c));for(let n of[`aria-pressed`,`aria-grabbed`]){let r=String(e.isDragging);t.getAttribute(n)!==r&&y.add(()=>t.setAttribute(n,r))}let n=String(e.disabled);t.getAttribute(`aria-disabled`)!==n&&y.add(()=>t.setAttribute(`aria-disabled`,n))}}y.size>0&&Tu.schedule(b)}),this.destroy=()=>{super.destroy(),u?.remove(),d?.remove(),_.forEach(e=>e())}}};function tf(e,t){let n,r=()=>{clearTimeout(n),n=setTimeout(e,t)};return r.cancel=()=>clearTimeout(n),r}var nf=new Map,rf,af,of,sf,cf,lf,uf,df,ff,pf,mf,hf,gf,_f=class extends (cf=bs,sf=[q],of=[Aa],af=[Aa],rf=[Aa],cf){constructor(e,t){super(e,t),Rd(uf,5,this),Hd(this,ff),Hd(this,lf,new Set),Hd(this,df,Rd(uf,8,this,new Set)),Rd(uf,11,this),this.registerEffect(Wd(this,ff,pf))}register(e){return Q(this,lf).add(e),()=>{Q(this,lf).delete(e)}}addRoot(e){return K(()=>{let t=new Set(this.additionalRoots);t.add(e),this.additionalRoots=t}),()=>{K(()=>{let t=new Set(this.additionalRoots);t.delete(e),this.additionalRoots=t})}}get sourceRoot(){let{source:e}=this.manager.dragOperation;return Al(e?.element??null)}get targetRoot(){let{target:e}=this.manager.dragOperation;return Al(e?.element??null)}get roots(){let{status:e}=this.manager.dragOperation;if(e.initializing||e.initialized){let e=[this.sourceRoot,this.targetRoot].filter(e=>e!=null);return new Set([...e,...this.additionalRoots])}return new Set}};uf=Nd(cf),lf=new WeakMap,df=new WeakMap,ff=new WeakSet,pf=function(){let{roots:e}=this,t=[];for(let n of e)for(let e of Q(this,lf))t.push(Wd(this,ff,mf).call(this,n,e));return()=>{for(let e of t)e()}},mf=function(e,t){let n=nf.get(e);n||(n=new Map,nf.set(e,n));let r=n.get(t);if(!r){let i=gl(e)?Wd(this,ff,hf).call(this,e,n,t):Wd(this,ff,gf).call(this,e,n,t);if(!i)return()=>{};r=i,n.set(t,r)}r.refCount++;let i=!1;return()=>{i||(i=!0,r.refCount--,r.refCount===0&&r.cleanup())}},hf=function(e,t,n){let r=e.createElement(`style`),{nonce:i}=this.options??{};i&&r.setAttribute(`nonce`,i),r.textContent=n,e.head.prepend(r);let a=new MutationObserver(t=>{for(let n of t)for(let t of Array.from(n.removedNodes))if(t===r){e.head.prepend(r);return}});return a.observe(e.head,{childList:!0}),{refCount:0,cleanup:()=>{a.disconnect(),r.remove(),t.delete(n),t.size===0&&nf.delete(e)}}},gf=function(e,t,n){`adoptedStyleSheets`in e&&Array.isArray(e.adoptedStyleSheets);let{CSSStyleSheet:r}=e.ownerDocument.defaultView??{};if(!r)return null;let i=new r;return i.replaceSync(n),e.adoptedStyleSheets.push(i),{refCount:0,cleanup:()=>{if(kl(e)&&e.host?.isConnected){let t=e.adoptedStyleSheets.indexOf(i);t!==-1&&e.adoptedStyleSheets.splice(t,1)}t.delete(n),t.size===0&&nf.delete(e)}}},zd(uf,4,`additionalRoots`,sf,_f,df),zd(uf,2,`sourceRoot`,of,_f),zd(uf,2,`targetRoot`,af,_f),zd(uf,2,`roots`,rf,_f),Ld(uf,_f),_f.configure=ps(_f);var vf=_f,yf=class extends ys{constructor(e,t){super(e,t),this.manager=e;let{cursor:n=`grabbing`}=t??{},r=e.registry.plugins.get(vf)?.register(`* { cursor: ${n} !important; }`);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}}},bf=`data-dnd-`,xf=`${bf}dropping`,Sf=`--dnd-`,Cf=`${bf}dragging`,wf=`${bf}placeholder`,Tf=[Cf,wf,`popover`,`aria-pressed`,`aria-grabbing`],Ef=[`view-transition-name`],Df=`
  :is(:root,:host) [${Cf}] {
    position: fixed !important;
    pointer-events: none !important;
    touch-action: none;
    z-index: calc(infinity);
    will-change: translate;
    top: var(${Sf}top, 0px) !important;
    left: var(${Sf}left, 0px) !important;
    right: unset !important;
    bottom: unset !important;
    width: var(${Sf}width, auto);
    max-width: var(${Sf}width, auto);
    height: var(${Sf}height, auto);
    max-height: var(${Sf}height, auto);
    transform: var(${Sf}transform, none) !important;
    transition: var(${Sf}transition) !important;
  }

  :is(:root,:host) [${wf}] {
    transition: none;
  }

  :is(:root,:host) [${wf}='hidden'] {
    visibility: hidden;
  }

  [${Cf}] * {
    pointer-events: none !important;
  }

  [${Cf}]:not([${xf}]) {
    translate: var(${Sf}translate) !important;
  }

  [${Cf}][style*='${Sf}scale'] {
    scale: var(${Sf}scale) !important;
    transform-origin: var(${Sf}transform-origin) !important;
  }

  @layer dnd-kit {
    :where([${Cf}][popover]) {
      overflow: visible;
      background: unset;
      border: unset;
      margin: unset;
      padding: unset;
      color: inherit;

      &:is(input, button) {
        border: revert;
        background: revert;
      }
    }
  }
  [${Cf}]::backdrop, [${bf}overlay]:not([${Cf}]) {
    display: none;
    visibility: hidden;
  }
`.replace(/\n+/g,` `).replace(/\s+/g,` `).trim();function Of(e,t=`hidden`){return K(()=>{let{element:n,manager:r}=e;if(!n||!r)return;let i=kf(n,r.registry.droppables),a=[],o=Ml(n),{remove:s}=o;return Af(i,o,a),jf(o,t),o.remove=()=>{a.forEach(e=>e()),s.call(o)},o})}function kf(e,t){let n=new Map;for(let r of t)if(r.element&&(e===r.element||e.contains(r.element))){let e=`${bf}${pd(`dom-id`)}`;r.element.setAttribute(e,``),n.set(r,e)}return n}function Af(e,t,n){for(let[r,i]of e){if(!r.element)continue;let e=`[${i}]`,a=t.matches(e)?t:t.querySelector(e);if(r.element.removeAttribute(i),!a)continue;let o=r.element;r.proxy=a,a.removeAttribute(i),Ll.set(o,a),n.push(()=>{Ll.delete(o),r.proxy=void 0})}}function jf(e,t=`hidden`){e.setAttribute(`inert`,`true`),e.setAttribute(`tab-index`,`-1`),e.setAttribute(`aria-hidden`,`true`),e.setAttribute(wf,t)}function Mf(e,t){return e===t||Bl(e)===Bl(t)}function Nf(e){let{target:t}=e;`newState`in e&&e.newState===`closed`&&sd(t)&&t.hasAttribute(`popover`)&&requestAnimationFrame(()=>bu(t))}function Pf(e){return e.tagName===`TR`}function Ff(e,t,n){let r=new MutationObserver(r=>{let i=!1;for(let n of r){if(n.target!==e){i=!0;continue}if(n.type!==`attributes`)continue;let r=n.attributeName;if(r.startsWith(`aria-`)||Tf.includes(r))continue;let a=e.getAttribute(r);if(r===`style`){if(ad(e)&&ad(t)){let n=e.style;for(let e of Array.from(t.style))n.getPropertyValue(e)===``&&t.style.removeProperty(e);for(let e of Array.from(n)){if(Ef.includes(e)||e.startsWith(Sf))continue;let r=n.getPropertyValue(e);t.style.setProperty(e,r)}}}else a===null?t.removeAttribute(r):t.setAttribute(r,a)}i&&n&&t.replaceChildren(...e.cloneNode(!0).childNodes)});return r.observe(e,{attributes:!0,subtree:!0,childList:!0}),r}function If(e,t,n){let r=new MutationObserver(r=>{for(let i of r)if(i.addedNodes.length!==0)for(let r of Array.from(i.addedNodes)){if(r.contains(e)&&e.nextElementSibling!==t){e.insertAdjacentElement(`afterend`,t),bu(n);return}if(r.contains(t)&&t.previousElementSibling!==e){t.insertAdjacentElement(`beforebegin`,e),bu(n);return}}e.isConnected&&t.isConnected&&e.nextElementSibling!==t&&(e.insertAdjacentElement(`afterend`,t),bu(n))});return r.observe(e.ownerDocument.body,{childList:!0,subtree:!0}),r}function Lf(e){return new ResizeObserver(()=>{var t;let n=new rd(e.placeholder,{frameTransform:e.frameTransform,ignoreTransforms:!0}),r=e.transformOrigin??{x:1,y:1},i=(e.width-n.width)*r.x+e.delta.x,a=(e.height-n.height)*r.y+e.delta.y,o=Ol();if(e.styles.set({width:n.width-e.widthOffset,height:n.height-e.heightOffset,top:e.top+a+o.y,left:e.left+i+o.x},Sf),(t=e.getElementMutationObserver())==null||t.takeRecords(),Pf(e.element)&&Pf(e.placeholder)){let t=Array.from(e.element.cells),n=Array.from(e.placeholder.cells);e.getSavedCellWidths()||e.setSavedCellWidths(t.map(e=>e.style.width));for(let[e,r]of t.entries()){let t=n[e];r.style.width=`${t.getBoundingClientRect().width}px`}}let s=e.getTranslate()??{x:0,y:0},c=e.left+i+o.x+s.x,l=e.top+a+o.y+s.y,u=n.width-e.widthOffset,d=n.height-e.heightOffset,f=e.frameTransform;e.dragOperation.shape=new Ao(c*f.scaleX+f.x,l*f.scaleY+f.y,u*f.scaleX,d*f.scaleY)})}var Rf=250,zf=`ease`;function Bf(e){var t;let{animation:n}=e;if(typeof n==`function`){let t=n({source:e.source,element:e.element,feedbackElement:e.feedbackElement,placeholder:e.placeholder,translate:e.translate,moved:e.moved});Promise.resolve(t).then(()=>{e.cleanup(),requestAnimationFrame(e.restoreFocus)});return}let{duration:r=Rf,easing:i=zf}=n??{};bu(e.feedbackElement);let[,a]=dl(e.feedbackElement,e=>`translate`in e)??[];a?.pause();let o=e.placeholder??e.element,s={frameTransform:Mf(e.feedbackElement,o)?null:void 0},c=new rd(e.feedbackElement,s),l=Ru(ku(e.feedbackElement).translate)??e.translate,u=new rd(o,s),d=Ao.delta(c,u,e.alignment),f={x:l.x-d.x,y:l.y-d.y},p=Math.round(c.intrinsicHeight)===Math.round(u.intrinsicHeight)?{}:{minHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`],maxHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`]},m=Math.round(c.intrinsicWidth)===Math.round(u.intrinsicWidth)?{}:{minWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`],maxWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`]};e.styles.set({transition:e.transition},Sf),e.feedbackElement.setAttribute(xf,``),(t=e.getElementMutationObserver())==null||t.takeRecords(),Xu({element:e.feedbackElement,keyframes:Ad(kd(kd({},p),m),{translate:[`${l.x}px ${l.y}px 0`,`${f.x}px ${f.y}px 0`]}),options:{duration:jl(hl(e.feedbackElement))?0:e.moved||e.feedbackElement!==e.element?r:0,easing:i}}).then(()=>{e.feedbackElement.removeAttribute(xf),a?.finish(),e.cleanup(),requestAnimationFrame(e.restoreFocus)})}var Vf,Hf,Uf,Wf,Gf,Kf,qf,Jf=class extends (Hf=ys,Vf=[q],Hf){constructor(e,t){super(e,t),Hd(this,Gf),Hd(this,Wf,Rd(Uf,8,this)),Rd(Uf,11,this),this.state={initial:{},current:{}};let n=e.registry.plugins.get(vf),r=n?.register(Df);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}this.registerEffect(Wd(this,Gf,Kf).bind(this,n)),this.registerEffect(Wd(this,Gf,qf))}};Uf=Nd(Hf),Wf=new WeakMap,Gf=new WeakSet,Kf=function(e){let{overlay:t}=this;if(!t||!e)return;let n=Al(t);if(n)return e.addRoot(n)},qf=function(){let{state:e,manager:t,options:n}=this,{dragOperation:r}=t,{position:i,source:a,status:o}=r;if(o.idle){e.current={},e.initial={};return}if(!a)return;let{element:s}=a,c=a.pluginConfig(Jf),l=c?.feedback??n?.feedback??`default`,u=typeof l==`function`?l(a,t):l;if(!s||u===`none`||!o.initialized||o.initializing)return;let{initial:d}=e,f=this.overlay??s,p=Fu(f),m=Fu(s),h=!Mf(s,f),g=new rd(s,{frameTransform:h?m:null,ignoreTransforms:!h}),_={x:m.scaleX/p.scaleX,y:m.scaleY/p.scaleY},{width:v,height:y,top:b,left:x}=g;h&&(v/=_.x,y/=_.y);let S=new od(f),C=ku(s),{transition:w,translate:T,boxSizing:E,paddingBlockStart:D,paddingBlockEnd:O,paddingInlineStart:ee,paddingInlineEnd:te,borderInlineStartWidth:ne,borderInlineEndWidth:re,borderBlockStartWidth:ie,borderBlockEndWidth:k}=C,A=w.split(`,`).filter(e=>!/^\s*(transform|translate|scale)\b/.test(e)).join(`,`),ae=zu(C),oe=C.transform,j=u===`clone`,se=E===`content-box`,M=se?parseInt(ee)+parseInt(te)+parseInt(ne)+parseInt(re):0,ce=se?parseInt(D)+parseInt(O)+parseInt(ie)+parseInt(k):0,le=u!==`move`&&!this.overlay?Of(a,j?`clone`:`hidden`):null,ue=K(()=>cd(t.dragOperation.activatorEvent));if(!d.translate){if(this.overlay&&ae)d.translate={x:ae.x,y:ae.y};else if(T!==`none`){let e=Ru(T);e&&(d.translate=e)}}if(!d.transformOrigin){let e=K(()=>i.current),t=x+(ae?.x??0),n=b+(ae?.y??0);d.transformOrigin={x:(e.x-t*p.scaleX-p.x)/(v*p.scaleX),y:(e.y-n*p.scaleY-p.y)/(y*p.scaleY)}}let{transformOrigin:N}=d,de=b*p.scaleY+p.y,P=x*p.scaleX+p.x;if(!d.coordinates&&(d.coordinates={x:P,y:de},_.x!==1||_.y!==1)){let{scaleX:e,scaleY:t}=m,{x:n,y:r}=N;d.coordinates.x+=(v*e-v)*n,d.coordinates.y+=(y*t-y)*r}d.dimensions||={width:v,height:y},d.frameTransform||=p;let fe={x:d.coordinates.x-P,y:d.coordinates.y-de},pe={width:(d.dimensions.width*d.frameTransform.scaleX-v*p.scaleX)*N.x,height:(d.dimensions.height*d.frameTransform.scaleY-y*p.scaleY)*N.y},me={x:fe.x/p.scaleX+pe.width,y:fe.y/p.scaleY+pe.height},he={left:x+me.x,top:b+me.y};f.setAttribute(Cf,`true`);let F=K(()=>r.transform),I=d.translate??{x:0,y:0},ge=F.x*p.scaleX+I.x,_e=F.y*p.scaleY+I.y,ve=Ol();S.set({width:v-M,height:y-ce,top:he.top+ve.y,left:he.left+ve.x,translate:`${ge}px ${_e}px 0`,transform:this.overlay?`none`:oe,transition:A?`${A}, translate 0ms linear`:`translate 0ms linear`,scale:h?`${_.x} ${_.y}`:``,"transform-origin":`${N.x*100}% ${N.y*100}%`},Sf),le&&(s.insertAdjacentElement(`afterend`,le),n?.rootElement&&(typeof n.rootElement==`function`?n.rootElement(a):n.rootElement).appendChild(s)),yu(f)&&(f.hasAttribute(`popover`)||f.setAttribute(`popover`,`manual`),bu(f),f.addEventListener(`beforetoggle`,Nf));let ye,be,xe,Se=Lf({placeholder:le,element:s,feedbackElement:f,frameTransform:p,transformOrigin:N,width:v,height:y,top:b,left:x,widthOffset:M,heightOffset:ce,delta:me,styles:S,dragOperation:r,getTranslate:()=>e.current.translate,getElementMutationObserver:()=>ye,getSavedCellWidths:()=>xe,setSavedCellWidths:e=>{xe=e}}),Ce=new rd(f);K(()=>r.shape=Ce);let we=hl(f),Te=e=>{this.manager.actions.stop({event:e})},Ee=jl(we);ue&&we.addEventListener(`resize`,Te),K(()=>a.status)===`idle`&&requestAnimationFrame(()=>a.status=`dragging`),le&&(Se.observe(le),ye=Ff(s,le,j),be=If(s,le,f));let De=t.dragOperation.source?.id,Oe=()=>{if(!ue||De==null)return;let e=t.registry.draggables.get(De),n=e?.handle??e?.element;_l(n)&&n.focus()},ke=()=>{if(ye?.disconnect(),be?.disconnect(),Se.disconnect(),we.removeEventListener(`resize`,Te),yu(f)&&(f.removeEventListener(`beforetoggle`,Nf),f.removeAttribute(`popover`)),f.removeAttribute(Cf),S.reset(),xe&&Pf(s)){let e=Array.from(s.cells);for(let[t,n]of e.entries())n.style.width=xe[t]??``}a.status=`idle`;let t=e.current.translate!=null,n=r.status.dragging;le&&(!n&&t||le.parentElement!==f.parentElement)&&f.isConnected&&le.replaceWith(f),le?.remove()},Ae=n?.dropAnimation,je=this,Me=Ma(()=>{let{transform:t,status:i}=r;if((t.x||t.y||e.current.translate)&&i.dragging){let i=d.translate??{x:0,y:0},a={x:t.x/p.scaleX+i.x,y:t.y/p.scaleY+i.y},o=e.current.translate,s=K(()=>r.modifiers),c=K(()=>r.shape?.current),l=n?.keyboardTransition,u=ue&&!Ee&&l!==null?`${l?.duration??250}ms ${l?.easing??`cubic-bezier(0.25, 1, 0.5, 1)`}`:`0ms linear`;if(S.set({transition:A?`${A}, translate ${u}`:`translate ${u}`,translate:`${a.x}px ${a.y}px 0`},Sf),ye?.takeRecords(),c&&c!==Ce&&o&&!s.length){let e=ko.delta(a,o);r.shape=Ao.from(c.boundingRectangle).translate(e.x*p.scaleX,e.y*p.scaleY)}else r.shape=new rd(f);e.current.translate=a}},function(){if(r.status.dropped){this.dispose(),a.status=`dropping`;let n=c?.dropAnimation===void 0?je.dropAnimation===void 0?Ae:je.dropAnimation:c.dropAnimation,r=e.current.translate,i=r!=null;if(!r&&s!==f&&(r={x:0,y:0}),!r||n===null){ke();return}t.renderer.rendering.then(()=>{Bf({source:a,element:s,feedbackElement:f,placeholder:le,translate:r,moved:i,transition:w,alignment:a.alignment,styles:S,animation:n??void 0,getElementMutationObserver:()=>ye,cleanup:ke,restoreFocus:Oe})})}});return()=>{ke(),Me()}},zd(Uf,4,`overlay`,Vf,Jf,Wf),Ld(Uf,Jf),Jf.configure=ps(Jf);var Yf=Jf,Xf=!0,Zf=!1,Qf,$f,ep=[q],tp=Vu.Forward,np,rp,ip;$f=(Qf=[q],Vu.Reverse);var ap=class{constructor(){Hd(this,rp,Rd(np,8,this,Xf)),Rd(np,11,this),Hd(this,ip,Rd(np,12,this,Xf)),Rd(np,15,this)}isLocked(e){return e===Vu.Idle?!1:e==null?this[Vu.Forward]===Xf&&this[Vu.Reverse]===Xf:this[e]===Xf}unlock(e){e!==Vu.Idle&&(this[e]=Zf)}};np=Nd(null),rp=new WeakMap,ip=new WeakMap,zd(np,4,tp,ep,ap,rp),zd(np,4,$f,Qf,ap,ip),Ld(np,ap);var op=[Vu.Forward,Vu.Reverse],sp=class{constructor(){this.x=new ap,this.y=new ap}isLocked(){return this.x.isLocked()&&this.y.isLocked()}},cp=class extends ys{constructor(e){super(e);let t=Wi(new sp),n=null;this.signal=t,ea(()=>{let{status:r}=e.dragOperation;if(!r.initialized){n=null,t.value=new sp;return}let{delta:i}=e.dragOperation.position;if(n){let e={x:lp(i.x,n.x),y:lp(i.y,n.y)},r=t.peek();Mi(()=>{for(let t of Bo)for(let n of op)e[t]===n&&r[t].unlock(n);t.value=r})}n=i})}get current(){return this.signal.peek()}};function lp(e,t){return Math.sign(e-t)}var up,dp,fp,pp,mp,hp,gp=class extends (dp=bs,up=[q],dp){constructor(e){super(e),Hd(this,pp,Rd(fp,8,this,!1)),Rd(fp,11,this),Hd(this,mp),Hd(this,hp,()=>{if(!Q(this,mp))return;let{element:e,by:t}=Q(this,mp);t.y&&(e.scrollTop+=t.y),t.x&&(e.scrollLeft+=t.x)}),this.scroll=(e,t)=>{if(this.disabled)return!1;let n=this.getScrollableElements();if(!n)return Ud(this,mp,void 0),!1;let{position:r}=this.manager.dragOperation,i=r?.current;if(i){let{by:r}=e??{},a=r?{x:_p(r.x),y:_p(r.y)}:void 0,o=a?void 0:this.scrollIntentTracker.current;if(o?.isLocked())return!1;for(let e of n){let n=Cu(e,r);if(n.x||n.y){let{speed:n,direction:s}=Wu(e,i,a,t?.acceleration,t?.threshold);if(o)for(let e of Bo)o[e].isLocked(s[e])&&(n[e]=0,s[e]=0);if(s.x||s.y){let{x:t,y:i}=r??s,a=t*n.x,o=i*n.y;if(a||o){let t=Q(this,mp)?.by;if(this.autoScrolling&&t&&(t.x&&!a||t.y&&!o))continue;return Ud(this,mp,{element:e,by:{x:a,y:o}}),Tu.schedule(Q(this,hp)),!0}}}}}return Ud(this,mp,void 0),!1};let t=null,n=null,r=Oa(()=>{let{position:n,source:r}=e.dragOperation;if(!n)return null;let i=Fl(Al(r?.element),n.current);return i&&(t=i),i??t}),i=Oa(()=>{let t=r.value,{documentElement:i}=yl(t);if(!t||t===i){let{target:t}=e.dragOperation,r=t?.element;if(r){let e=Pu(r,{excludeElement:!1});return n=e,e}}if(t){let e=Pu(t,{excludeElement:!1});return this.autoScrolling&&n&&e.size<n?.size?n:(n=e,e)}return n=null,null},ka);this.getScrollableElements=()=>i.value,this.scrollIntentTracker=new cp(e),this.destroy=e.monitor.addEventListener(`dragmove`,t=>{!this.disabled&&!t.defaultPrevented&&cd(e.dragOperation.activatorEvent)&&t.by&&this.scroll({by:t.by})&&t.preventDefault()})}};fp=Nd(dp),pp=new WeakMap,mp=new WeakMap,hp=new WeakMap,zd(fp,4,`autoScrolling`,up,gp,pp),Ld(fp,gp);function _p(e){return e>0?Vu.Forward:e<0?Vu.Reverse:Vu.Idle}var vp=new class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}}(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),yp=10,bp=class extends ys{constructor(e,t){super(e,t);let n=e.registry.plugins.get(gp);if(!n)throw Error(`AutoScroller plugin depends on Scroller plugin`);this.destroy=ea(()=>{if(this.disabled)return;let{position:t,status:r}=e.dragOperation;if(r.dragging){let e={acceleration:this.options?.acceleration,threshold:typeof this.options?.threshold==`number`?{x:this.options.threshold,y:this.options.threshold}:this.options?.threshold};if(n.scroll(void 0,e)){n.autoScrolling=!0;let t=setInterval(()=>vp.schedule(()=>n.scroll(void 0,e)),yp);return()=>{clearInterval(t)}}n.autoScrolling=!1}})}};bp.configure=ps(bp);var xp=bp,Sp={capture:!0,passive:!0},Cp,wp=class extends bs{constructor(e){super(e),Hd(this,Cp),this.handleScroll=()=>{Q(this,Cp)??Ud(this,Cp,setTimeout(()=>{this.manager.collisionObserver.forceUpdate(!1),Ud(this,Cp,void 0)},50))};let{dragOperation:t}=this.manager;this.destroy=ea(()=>{if(t.status.dragging){let e=t.source?.element?.ownerDocument??document;return e.addEventListener(`scroll`,this.handleScroll,Sp),()=>{e.removeEventListener(`scroll`,this.handleScroll,Sp)}}})}};Cp=new WeakMap;var Tp=`* { user-select: none !important; -webkit-user-select: none !important; }`,Ep=class extends ys{constructor(e){super(e),this.manager=e;let t=e.registry.plugins.get(vf)?.register(Tp);if(this.destroy=ea(()=>{let{dragOperation:e}=this.manager;if(e.status.initialized)return Dp(),document.addEventListener(`selectionchange`,Dp,{capture:!0}),()=>{document.removeEventListener(`selectionchange`,Dp,{capture:!0})}}),t){let e=this.destroy.bind(this);this.destroy=()=>{t(),e()}}}};function Dp(){var e;(e=document.getSelection())==null||e.removeAllRanges()}var Op=Object.freeze({offset:10,keyboardCodes:{start:[`Space`,`Enter`],cancel:[`Escape`],end:[`Space`,`Enter`,`Tab`],up:[`ArrowUp`],down:[`ArrowDown`],left:[`ArrowLeft`],right:[`ArrowRight`]},preventActivation(e,t){let n=t.handle??t.element;return e.target!==n}}),kp,Ap=class extends Ac{constructor(e,t){super(e),this.manager=e,this.options=t,Hd(this,kp,[]),this.listeners=new zl,this.handleSourceKeyDown=(e,t,n)=>{if(this.disabled||e.defaultPrevented||!sd(e.target)||t.disabled)return;let{keyboardCodes:r=Op.keyboardCodes,preventActivation:i=Op.preventActivation}=n??{};r.start.includes(e.code)&&this.manager.dragOperation.status.idle&&(i?.(e,t)||this.handleStart(e,t,n))}}bind(e,t=this.options){return ea(()=>{let n=e.handle??e.element,r=n=>{cd(n)&&this.handleSourceKeyDown(n,e,t)};if(n)return n.addEventListener(`keydown`,r),()=>{n.removeEventListener(`keydown`,r)}})}handleStart(e,t,n){let{element:r}=t;if(!r)throw Error(`Source draggable does not have an associated element`);e.preventDefault(),e.stopImmediatePropagation(),Gu(r);let{center:i}=new rd(r);if(this.manager.actions.start({event:e,coordinates:{x:i.x,y:i.y},source:t}).signal.aborted)return this.cleanup();this.sideEffects();let a=yl(r),o=[this.listeners.bind(a,[{type:`keydown`,listener:e=>this.handleKeyDown(e,t,n),options:{capture:!0}}])];Q(this,kp).push(...o)}handleKeyDown(e,t,n){let{keyboardCodes:r=Op.keyboardCodes}=n??{};if(Mp(e,[...r.end,...r.cancel])){e.preventDefault();let t=Mp(e,r.cancel);this.handleEnd(e,t)}else Mp(e,r.up)?this.handleMove(`up`,e):Mp(e,r.down)&&this.handleMove(`down`,e),Mp(e,r.left)?this.handleMove(`left`,e):Mp(e,r.right)&&this.handleMove(`right`,e)}handleEnd(e,t){this.manager.actions.stop({event:e,canceled:t}),this.cleanup()}handleMove(e,t){let{shape:n}=this.manager.dragOperation,r=t.shiftKey?5:1,i={x:0,y:0},a=this.options?.offset??Op.offset;if(typeof a==`number`&&(a={x:a,y:a}),n){switch(e){case`up`:i={x:0,y:-a.y*r};break;case`down`:i={x:0,y:a.y*r};break;case`left`:i={x:-a.x*r,y:0};break;case`right`:i={x:a.x*r,y:0}}(i.x||i.y)&&(t.preventDefault(),this.manager.actions.move({event:t,by:i}))}}sideEffects(){let e=this.manager.registry.plugins.get(xp);e?.disabled===!1&&(e.disable(),Q(this,kp).push(()=>{e.enable()}))}cleanup(){Q(this,kp).forEach(e=>e()),Ud(this,kp,[])}destroy(){this.cleanup(),this.listeners.clear()}};kp=new WeakMap,Ap.configure=ps(Ap),Ap.defaults=Op;var jp=Ap;function Mp(e,t){return t.includes(e.code)}var Np,Pp=class extends Nc{constructor(){super(...arguments),Hd(this,Np)}onEvent(e){switch(e.type){case`pointerdown`:Ud(this,Np,wl(e));break;case`pointermove`:if(!Q(this,Np))return;let{x:t,y:n}=wl(e),r={x:t-Q(this,Np).x,y:n-Q(this,Np).y},{tolerance:i}=this.options;if(i&&Ro(r,i)){this.abort();return}Ro(r,this.options.value)&&this.activate(e);break;case`pointerup`:this.abort()}}abort(){Ud(this,Np,void 0)}};Np=new WeakMap;var Fp,Ip,Lp=class extends Nc{constructor(){super(...arguments),Hd(this,Fp),Hd(this,Ip)}onEvent(e){switch(e.type){case`pointerdown`:Ud(this,Ip,wl(e)),Ud(this,Fp,setTimeout(()=>this.activate(e),this.options.value));break;case`pointermove`:if(!Q(this,Ip))return;let{x:t,y:n}=wl(e);Ro({x:t-Q(this,Ip).x,y:n-Q(this,Ip).y},this.options.tolerance)&&this.abort();break;case`pointerup`:this.abort()}}abort(){Q(this,Fp)&&(clearTimeout(Q(this,Fp)),Ud(this,Ip,void 0),Ud(this,Fp,void 0))}};Fp=new WeakMap,Ip=new WeakMap;var Rp=class{};Rp.Delay=Lp,Rp.Distance=Pp;var zp=Object.freeze({activationConstraints(e,t){let{pointerType:n,target:r}=e;if(n!==`mouse`||!sd(r)||t.handle!==r&&!t.handle?.contains(r))return n===`touch`?[new Rp.Delay({value:250,tolerance:5})]:ud(r)&&!e.defaultPrevented?[new Rp.Delay({value:200,tolerance:0})]:[new Rp.Delay({value:200,tolerance:10}),new Rp.Distance({value:5})]},preventActivation(e,t){let{target:n}=e;return n===t.element||n===t.handle||!sd(n)||t.handle?.contains(n)?!1:Rl(n)}}),Bp,Vp=class extends Ac{constructor(e,t){super(e),this.manager=e,this.options=t,Hd(this,Bp,new Set),this.listeners=new zl,this.latest={event:void 0,coordinates:void 0},this.handleMove=()=>{let{event:e,coordinates:t}=this.latest;e&&t&&this.manager.actions.move({event:e,to:t})},this.handleCancel=this.handleCancel.bind(this),this.handlePointerUp=this.handlePointerUp.bind(this),this.handleKeyDown=this.handleKeyDown.bind(this)}activationConstraints(e,t,n=this.options){let{activationConstraints:r=zp.activationConstraints}=n??{};return typeof r==`function`?r(e,t):r}bind(e,t=this.options){return ea(()=>{let n=new AbortController,{signal:r}=n,i=n=>{ld(n)&&this.handlePointerDown(n,e,t)},a=[e.handle??e.element];t?.activatorElements&&(a=Array.isArray(t.activatorElements)?t.activatorElements:t.activatorElements(e));for(let e of a)e&&(qp(e.ownerDocument.defaultView),e.addEventListener(`pointerdown`,i,{signal:r}));return()=>n.abort()})}handlePointerDown(e,t,n){if(this.disabled||!e.isPrimary||e.button!==0||!sd(e.target)||t.disabled||Up(e)||!this.manager.dragOperation.status.idle)return;let{preventActivation:r=zp.preventActivation}=n??{};if(r?.(e,t))return;let{target:i}=e,a=_l(i)&&i.draggable&&i.getAttribute(`draggable`)===`true`,o=Fu(t.element),{x:s,y:c}=wl(e);this.initialCoordinates={x:s*o.scaleX+o.x,y:c*o.scaleY+o.y};let l=this.activationConstraints(e,t,n);e.sensor=this;let u=new jc(l,e=>this.handleStart(t,e));u.signal.onabort=()=>this.handleCancel(e),u.onEvent(e),this.controller=u;let d=El(),f=this.listeners.bind(d,[{type:`pointermove`,listener:e=>this.handlePointerMove(e,t)},{type:`pointerup`,listener:this.handlePointerUp,options:{capture:!0}},{type:`pointercancel`,listener:this.handleCancel},{type:`dragstart`,listener:a?this.handleCancel:Wp,options:{capture:!0}}]);Q(this,Bp).add(()=>{f(),this.initialCoordinates=void 0})}handlePointerMove(e,t){var n;if(this.controller?.activated===!1)(n=this.controller)==null||n.onEvent(e);else if(this.manager.dragOperation.status.dragging){let n=wl(e),r=Fu(t.element);n.x=n.x*r.scaleX+r.x,n.y=n.y*r.scaleY+r.y,e.preventDefault(),e.stopPropagation(),this.latest.event=e,this.latest.coordinates=n,Tu.schedule(this.handleMove)}}handlePointerUp(e){let{status:t}=this.manager.dragOperation;if(!t.idle){e.preventDefault(),e.stopPropagation();let n=!t.initialized;this.manager.actions.stop({event:e,canceled:n})}this.cleanup()}handleKeyDown(e){e.key===`Escape`&&(e.preventDefault(),this.handleCancel(e))}handleStart(e,t){let{manager:n,initialCoordinates:r}=this;if(!r||!n.dragOperation.status.idle||t.defaultPrevented)return;if(n.actions.start({coordinates:r,event:t,source:e}).signal.aborted)return this.cleanup();t.preventDefault();let i=yl(t.target).body;try{i.setPointerCapture(t.pointerId)}catch{this.handleCancel(t);return}let a=sd(t.target)?[t.target,i]:i,o=this.listeners.bind(a,[{type:`touchmove`,listener:Wp,options:{passive:!1}},{type:`click`,listener:Wp},{type:`contextmenu`,listener:Wp},{type:`keydown`,listener:this.handleKeyDown}]);Q(this,Bp).add(o)}handleCancel(e){let{dragOperation:t}=this.manager;t.status.initialized&&this.manager.actions.stop({event:e,canceled:!0}),this.cleanup()}cleanup(){let{controller:e}=this;this.controller=void 0,e&&!e.signal.aborted&&e.abort(),this.latest={event:void 0,coordinates:void 0},Q(this,Bp).forEach(e=>e()),Q(this,Bp).clear()}destroy(){this.cleanup(),this.listeners.clear()}};Bp=new WeakMap,Vp.configure=ps(Vp),Vp.defaults=zp;var Hp=Vp;function Up(e){return`sensor`in e}function Wp(e){e.preventDefault()}function Gp(){}var Kp=new WeakSet;function qp(e){e&&!Kp.has(e)&&(e.addEventListener(`touchmove`,Gp,{capture:!1,passive:!1}),Kp.add(e))}var Jp={modifiers:[],plugins:[ef,xp,yf,Yf,Ep],sensors:[Hp,jp]},Yp=class extends il{constructor(e={}){let t=rl(e.plugins,Jp.plugins),n=rl(e.sensors,Jp.sensors),r=rl(e.modifiers,Jp.modifiers);super(Ad(kd({},e),{plugins:[wp,gp,vf,...t],sensors:n,modifiers:r}))}},Xp,Zp,Qp,$p,em,tm,nm=class extends (Qp=Qs,Zp=[q],Xp=[q],Qp){constructor(e,t){var n=e,{element:r,effects:i=()=>[],handle:a}=n,o=Md(n,[`element`,`effects`,`handle`]);super(kd({effects:()=>[...i(),()=>{let{manager:e}=this;if(!e)return;let t=(this.sensors?.map(ms)??[...e.sensors]).map(t=>{let n=t instanceof Ac?t:e.registry.register(t.plugin),r=t instanceof Ac?void 0:t.options;return n.bind(this,r)});return function(){t.forEach(e=>e())}}]},o),t),Hd(this,em,Rd($p,8,this)),Rd($p,11,this),Hd(this,tm,Rd($p,12,this)),Rd($p,15,this),this.element=r,this.handle=a}};$p=Nd(Qp),em=new WeakMap,tm=new WeakMap,zd($p,4,`handle`,Zp,nm,em),zd($p,4,`element`,Xp,nm,tm),Ld($p,nm);var rm,im,am,om,sm,cm,lm,um,dm,fm,pm=class extends (am=fc,im=[q],rm=[q],am){constructor(e,t){var n=e,{element:r,effects:i=()=>[]}=n,a=Md(n,[`element`,`effects`]);let{collisionDetector:o=gd}=a,s=e=>{let{manager:t,element:n}=this;if(!n||e===null){this.shape=void 0;return}if(!t)return;let r=new rd(n),i=K(()=>this.shape);return r&&i?.equals(r)?i:(this.shape=r,r)},c=Wi(!1);super(Ad(kd({},a),{collisionDetector:o,effects:()=>[...i(),()=>{let{element:e,manager:t}=this;if(!t)return;let{dragOperation:n}=t,{source:r}=n;c.value=!!(r&&n.status.initialized&&e&&!this.disabled&&this.accepts(r))},()=>{let{element:e}=this;if(c.value&&e){let t=new vu(e,s);return()=>{t.disconnect(),this.shape=void 0}}},()=>{if(this.manager?.dragOperation.status.initialized)return()=>{this.shape=void 0}}]}),t),Hd(this,dm),Hd(this,sm,Rd(om,8,this)),Rd(om,11,this),Hd(this,fm,Rd(om,12,this)),Rd(om,15,this),this.element=r,this.refreshShape=()=>s()}set element(e){Ud(this,dm,e,um)}get element(){return this.proxy??Q(this,dm,lm)}};om=Nd(am),sm=new WeakMap,dm=new WeakSet,fm=new WeakMap,cm=zd(om,20,`#element`,im,dm,sm),lm=cm.get,um=cm.set,zd(om,4,`proxy`,rm,pm,fm),Ld(om,pm);function mm(e){return typeof e==`object`&&!!e&&`current`in e}function hm(e){if(e!=null)return mm(e)?e.current??void 0:e}var gm=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0?W.useLayoutEffect:W.useEffect;function _m(){let e=(0,W.useState)(0)[1];return(0,W.useCallback)(()=>{e(e=>e+1)},[e])}function vm(e,t){let n=(0,W.useRef)(new Map),r=_m();return gm(()=>{if(!e)n.current.clear();else return ea(()=>{let i=!1,a=!1;for(let r of n.current){let[o]=r,s=K(()=>r[1]),c=e[o];s!==c&&(i=!0,n.current.set(o,c),a=t?.(o,s,c)??!1)}i&&(a?queueMicrotask(()=>(0,si.flushSync)(r)):r())})},[e]),(0,W.useMemo)(()=>e&&new Proxy(e,{get(e,t){let r=e[t];return n.current.set(t,r),r}}),[e])}function ym(e,t){e()}function bm(e){let t=(0,W.useRef)(e);return gm(()=>{t.current=e},[e]),t}function $(e,t,n=W.useEffect,r=Object.is){let i=(0,W.useRef)(e);n(()=>{let n=i.current;r(e,n)||(i.current=e,t(e,n))},[t,e])}function xm(e,t){let n=(0,W.useRef)(hm(e));gm(()=>{let r=hm(e);r!==n.current&&(n.current=r,t(r))})}var Sm=Object.defineProperty,Cm=Object.defineProperties,wm=Object.getOwnPropertyDescriptors,Tm=Object.getOwnPropertySymbols,Em=Object.prototype.hasOwnProperty,Dm=Object.prototype.propertyIsEnumerable,Om=(e,t,n)=>t in e?Sm(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,km=(e,t)=>{for(var n in t||={})Em.call(t,n)&&Om(e,n,t[n]);if(Tm)for(var n of Tm(t))Dm.call(t,n)&&Om(e,n,t[n]);return e},Am=(e,t)=>Cm(e,wm(t)),jm=(e,t)=>{var n={};for(var r in e)Em.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Tm)for(var r of Tm(e))t.indexOf(r)<0&&Dm.call(e,r)&&(n[r]=e[r]);return n},Mm=new Yp,Nm=(0,W.createContext)(Mm),Pm=(0,W.memo)((0,W.forwardRef)(({children:e},t)=>{let[n,r]=(0,W.useState)(0),i=(0,W.useRef)(null),a=(0,W.useRef)(null),o=(0,W.useMemo)(()=>({renderer:{get rendering(){return i.current??Promise.resolve()}},trackRendering(e){i.current||=new Promise(e=>{a.current=e}),(0,W.startTransition)(()=>{e(),r(e=>e+1)})}}),[]);return gm(()=>{var e;(e=a.current)==null||e.call(a),i.current=null},[e,n]),(0,W.useImperativeHandle)(t,()=>o),null})),Fm=[void 0,ka];function Im(e){var t=e,{children:n,onCollision:r,onBeforeDragStart:i,onDragStart:a,onDragMove:o,onDragOver:s,onDragEnd:c}=t,l=jm(t,[`children`,`onCollision`,`onBeforeDragStart`,`onDragStart`,`onDragMove`,`onDragOver`,`onDragEnd`]);let u=(0,W.useRef)(null),{plugins:d,modifiers:f,sensors:p}=l,m=rl(d,Jp.plugins),h=rl(p,Jp.sensors),g=rl(f,Jp.modifiers),_=bm(i),v=bm(a),y=bm(s),b=bm(o),x=bm(c),S=bm(r),C=Lm(()=>l.manager??new Yp(l));return(0,W.useEffect)(()=>{if(!u.current)throw Error(`Renderer not found`);let{renderer:e,trackRendering:t}=u.current,{monitor:n}=C;C.renderer=e;let r=[n.addEventListener(`beforedragstart`,e=>{let n=_.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragstart`,e=>v.current?.call(v,e,C)),n.addEventListener(`dragover`,e=>{let n=y.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragmove`,e=>{let n=b.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragend`,e=>{let n=x.current;n&&t(()=>n(e,C))}),n.addEventListener(`collision`,e=>S.current?.call(S,e,C))];return()=>r.forEach(e=>e())},[C]),$(m,()=>C&&(C.plugins=m),...Fm),$(h,()=>C&&(C.sensors=h),...Fm),$(g,()=>C&&(C.modifiers=g),...Fm),(0,G.jsxs)(Nm.Provider,{value:C,children:[(0,G.jsx)(Pm,{ref:u,children:n}),n]})}function Lm(e){let t=(0,W.useRef)(null);return t.current||=e(),(0,W.useInsertionEffect)(()=>()=>t.current?.destroy(),[]),t.current}function Rm(){return(0,W.useContext)(Nm)}function zm(e){let t=Rm()??void 0,[n]=(0,W.useState)(()=>e(t));return n.manager!==t&&(n.manager=t),gm(n.register,[t,n]),n}function Bm(e){let{disabled:t,data:n,element:r,handle:i,id:a,modifiers:o,sensors:s,plugins:c}=e,l=zm(t=>new nm(Am(km({},e),{register:!1,handle:hm(i),element:hm(r)}),t)),u=vm(l,Vm);return $(a,()=>l.id=a),xm(i,e=>l.handle=e),xm(r,e=>l.element=e),$(n,()=>n&&(l.data=n)),$(t,()=>l.disabled=t===!0),$(s,()=>l.sensors=s),$(o,()=>l.modifiers=o,void 0,ka),$(c,()=>l.plugins=c,void 0,ka),$(e.alignment,()=>l.alignment=e.alignment),{draggable:u,get isDragging(){return u.isDragging},get isDropping(){return u.isDropping},get isDragSource(){return u.isDragSource},handleRef:(0,W.useCallback)(e=>{l.handle=e??void 0},[l]),ref:(0,W.useCallback)(e=>{(e||!l.element?.isConnected||l.manager?.dragOperation.status.idle)&&(l.element=e??void 0)},[l])}}function Vm(e,t,n){return!(e!==`isDragSource`||n||!t)}var Hm=Object.create,Um=Object.defineProperty,Wm=Object.getOwnPropertyDescriptor,Gm=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Km=e=>{throw TypeError(e)},qm=(e,t,n)=>t in e?Um(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Jm=e=>[,,,Hm(e?.[Gm(`metadata`)]??null)],Ym=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Xm=e=>e!==void 0&&typeof e!=`function`?Km(`Function expected`):e,Zm=(e,t,n,r,i)=>({kind:Ym[e],name:t,metadata:r,addInitializer:e=>n._?Km(`Already initialized`):i.push(Xm(e||null))}),Qm=(e,t)=>qm(t,Gm(`metadata`),e[3]),$m=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)a[i].call(n);return r},eh=(e,t,n,r,i,a)=>{for(var o,s,c,l,u=t&7,d=!1,f=!1,p=2,m=Ym[u+5],h=e[p]||(e[p]=[]),g=(i=i.prototype,Wm(i,n)),_=r.length-1;_>=0;_--)c=Zm(u,n,s={},e[3],h),c.static=d,c.private=f,l=c.access={has:e=>n in e},l.get=e=>e[n],o=(0,r[_])(g[m],c),s._=1,Xm(o)&&(g[m]=o);return g&&Um(i,n,g),i},th=(e,t,n)=>t.has(e)||Km(`Cannot `+n),nh=(e,t,n)=>(th(e,t,`read from private field`),t.get(e)),rh=(e,t,n)=>t.has(e)?Km(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),ih=(e,t,n,r)=>(th(e,t,`write to private field`),t.set(e,n),n),ah=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},oh,sh,ch,lh,uh,dh=class extends (ch=$a,sh=[Aa],oh=[Aa],ch){constructor(e){let t=ah.from(e);super(t,(e,t)=>ah.equals(e,t)),$m(uh,5,this),rh(this,lh,0),this.velocity={x:0,y:0}}get delta(){return ah.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=ah.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-nh(this,lh),o=e=>Math.round(e/a*100);Mi(()=>{ih(this,lh,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(ah.from(e)),this.velocity={x:0,y:0}}};uh=Jm(ch),lh=new WeakMap,eh(uh,2,`delta`,sh,dh),eh(uh,2,`direction`,oh,dh),Qm(uh,dh);var fh=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(fh||{});Object.values(fh);var ph=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/ah.distance(t.shape.center,n),type:vc.PointerIntersection,priority:_c.High}:null},mh=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=ah.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:vc.ShapeIntersection,priority:_c.Normal}}return null},hh=e=>ph(e)??mh(e);function gh(e){let{collisionDetector:t,data:n,disabled:r,element:i,id:a,accept:o,type:s}=e,c=zm(t=>new pm(Am(km({},e),{register:!1,element:hm(i)}),t)),l=vm(c);return $(a,()=>c.id=a),xm(i,e=>c.element=e),$(o,()=>c.accept=o,void 0,ka),$(t,()=>c.collisionDetector=t??hh),$(n,()=>n&&(c.data=n)),$(r,()=>c.disabled=r===!0),$(s,()=>c.type=s),{droppable:l,get isDropTarget(){return l.isDropTarget},ref:(0,W.useCallback)(e=>{(e||!c.element?.isConnected||c.manager?.dragOperation.status.idle)&&(c.element=e??void 0)},[c])}}var _h=Object.create,vh=Object.defineProperty,yh=Object.defineProperties,bh=Object.getOwnPropertyDescriptor,xh=Object.getOwnPropertyDescriptors,Sh=Object.getOwnPropertySymbols,Ch=Object.prototype.hasOwnProperty,wh=Object.prototype.propertyIsEnumerable,Th=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Eh=e=>{throw TypeError(e)},Dh=(e,t,n)=>t in e?vh(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Oh=(e,t)=>{for(var n in t||={})Ch.call(t,n)&&Dh(e,n,t[n]);if(Sh)for(var n of Sh(t))wh.call(t,n)&&Dh(e,n,t[n]);return e},kh=(e,t)=>yh(e,xh(t)),Ah=(e,t)=>{var n={};for(var r in e)Ch.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Sh)for(var r of Sh(e))t.indexOf(r)<0&&wh.call(e,r)&&(n[r]=e[r]);return n},jh=e=>[,,,_h(null)],Mh=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Nh=e=>e!==void 0&&typeof e!=`function`?Eh(`Function expected`):e,Ph=(e,t,n,r,i)=>({kind:Mh[e],name:t,metadata:r,addInitializer:e=>n._?Eh(`Already initialized`):i.push(Nh(e||null))}),Fh=(e,t)=>Dh(t,Th(`metadata`),e[3]),Ih=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Lh=(e,t,n,r,i,a)=>{for(var o,s,c,l,u,d=t&7,f=!1,p=!1,m=e.length+1,h=Mh[d+5],g=e[m-1]=[],_=e[m]||(e[m]=[]),v=(i=i.prototype,bh({get[n](){return zh(this,a)},set[n](e){return Vh(this,a,e)}},n)),y=r.length-1;y>=0;y--)l=Ph(d,n,c={},e[3],_),l.static=f,l.private=p,u=l.access={has:e=>n in e},u.get=e=>e[n],u.set=(e,t)=>e[n]=t,s=(0,r[y])({get:v.get,set:v.set},l),c._=1,s===void 0?Nh(s)&&(v[h]=s):typeof s!=`object`||!s?Eh(`Object expected`):(Nh(o=s.get)&&(v.get=o),Nh(o=s.set)&&(v.set=o),Nh(o=s.init)&&g.unshift(o));return v&&vh(i,n,v),i},Rh=(e,t,n)=>t.has(e)||Eh(`Cannot `+n),zh=(e,t,n)=>(Rh(e,t,`read from private field`),t.get(e)),Bh=(e,t,n)=>t.has(e)?Eh(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Vh=(e,t,n,r)=>(Rh(e,t,`write to private field`),t.set(e,n),n);function Hh(e){return e instanceof Cg||e instanceof Sg}var Uh=10,Wh=class extends ys{constructor(e){super(e);let t=ea(()=>{let{dragOperation:t}=e;if(cd(t.activatorEvent)&&Hh(t.source)&&t.status.initialized){let t=e.registry.plugins.get(gp);if(t)return t.disable(),()=>t.enable()}}),n=e.monitor.addEventListener(`dragmove`,(e,t)=>{queueMicrotask(()=>{if(this.disabled||e.defaultPrevented||!e.nativeEvent)return;let{dragOperation:n}=t;if(!cd(e.nativeEvent)||!Hh(n.source)||!n.shape)return;let{actions:r,collisionObserver:i,registry:a}=t,{by:o}=e;if(!o)return;let s=Gh(o),{source:c,target:l}=n,{center:u}=n.shape.current,d=[],f=[];Mi(()=>{for(let e of a.droppables){let{id:t}=e;if(!e.accepts(c)||t===l?.id&&Hh(e)||!e.element)continue;let n=e.shape,r=new rd(e.element,{getBoundingClientRect:e=>Cl(e,void 0,.2)});r.height&&r.width&&(s==`down`&&u.y+Uh<r.center.y||s==`up`&&u.y-Uh>r.center.y||s==`left`&&u.x-Uh>r.center.x||s==`right`&&u.x+Uh<r.center.x)&&(d.push(e),e.shape=r,f.push(()=>e.shape=n))}}),e.preventDefault(),i.disable();let p=i.computeCollisions(d,_d);Mi(()=>f.forEach(e=>e()));let[m]=p;if(!m)return;let{id:h}=m,{index:g,group:_}=c.sortable;r.setDropTarget(h).then(()=>{let{source:e,target:t,shape:a}=n;if(!e||!Hh(e)||!a)return;let{index:o,group:s,target:c}=e.sortable,l=g!==o||_!==s,u=l?c:t?.element;if(!u)return;Gu(u);let d=new rd(u);if(!d)return;let f=Ao.delta(d,Ao.from(a.current.boundingRectangle),e.alignment);r.move({by:f}),l?r.setDropTarget(e.id).then(()=>i.enable()):i.enable()})})});this.destroy=()=>{n(),t()}}};function Gh(e){let{x:t,y:n}=e;if(t>0)return`right`;if(t<0)return`left`;if(n>0)return`down`;if(n<0)return`up`}var Kh=Object.defineProperty,qh=Object.defineProperties,Jh=Object.getOwnPropertyDescriptors,Yh=Object.getOwnPropertySymbols,Xh=Object.prototype.hasOwnProperty,Zh=Object.prototype.propertyIsEnumerable,Qh=(e,t,n)=>t in e?Kh(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,$h=(e,t)=>{for(var n in t||={})Xh.call(t,n)&&Qh(e,n,t[n]);if(Yh)for(var n of Yh(t))Zh.call(t,n)&&Qh(e,n,t[n]);return e},eg=(e,t)=>qh(e,Jh(t));function tg(e,t,n){if(t===n)return e;let r=e.slice();return r.splice(n,0,r.splice(t,1)[0]),r}function ng(e){return`initialIndex`in e&&typeof e.initialIndex==`number`&&`index`in e&&typeof e.index==`number`}function rg(e,t,n){let{source:r,target:i,canceled:a}=t.operation;if(!r||!i||a)return`preventDefault`in t&&t.preventDefault(),e;let o=(e,t)=>e===t||typeof e==`object`&&`id`in e&&e.id===t;if(Array.isArray(e)){let s=e.findIndex(e=>o(e,r.id)),c=e.findIndex(e=>o(e,i.id));if(s===-1||c===-1){if(ng(r)){let i=r.initialIndex,a=r.index;return i===a||i<0||i>=e.length?(`preventDefault`in t&&t.preventDefault(),e):n(e,i,a)}return e}if(!a&&`index`in r&&typeof r.index==`number`){let t=r.index;if(t!==s)return n(e,s,t)}return n(e,s,c)}let s=Object.entries(e),c=-1,l,u=-1,d;for(let[e,t]of s)if(c===-1&&(c=t.findIndex(e=>o(e,r.id)),c!==-1&&(l=e)),u===-1&&(u=t.findIndex(e=>o(e,i.id)),u!==-1&&(d=e)),c!==-1&&u!==-1)break;if(c===-1&&ng(r)){let i=r.initialGroup,a=r.initialIndex,o=r.group,s=r.index;if(i==null||o==null||!(i in e)||!(o in e)||i===o&&a===s)return`preventDefault`in t&&t.preventDefault(),e;if(i===o)return eg($h({},e),{[i]:n(e[i],a,s)});let c=e[i][a];return eg($h({},e),{[i]:[...e[i].slice(0,a),...e[i].slice(a+1)],[o]:[...e[o].slice(0,s),c,...e[o].slice(s)]})}if(!r.manager)return e;let{dragOperation:f}=r.manager,p=f.shape?.current.center??f.position.current;if(d==null&&i.id in e){let t=i.shape&&p.y>i.shape.center.y?e[i.id].length:0;d=i.id,u=t}if(l==null||d==null||l===d&&c===u){if(l!=null&&l===d&&c===u&&ng(r)){let t=r.group!=null&&r.group!==l,i=r.index!==c;if(t||i){let t=r.group??l;if(t in e){if(l===t)return eg($h({},e),{[l]:n(e[l],c,r.index)});let i=e[l][c];return eg($h({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[t]:[...e[t].slice(0,r.index),i,...e[t].slice(r.index)]})}}}return`preventDefault`in t&&t.preventDefault(),e}if(l===d)return eg($h({},e),{[l]:n(e[l],c,u)});let m=i.shape&&Math.round(p.y)>Math.round(i.shape.center.y)?1:0,h=e[l][c];return eg($h({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[d]:[...e[d].slice(0,u+m),h,...e[d].slice(u+m)]})}function ig(e,t){return rg(e,t,tg)}var ag=`__default__`,og=class extends ys{constructor(e){super(e);let t=()=>{let t=new Map;for(let n of e.registry.droppables)if(n instanceof Cg){let{sortable:e}=n,{group:r}=e,i=t.get(r);i||(i=new Set,t.set(r,i)),i.add(e)}for(let[e,n]of t)t.set(e,new Set(lg(n)));return t},n=[e.monitor.addEventListener(`dragover`,(e,n)=>{if(this.disabled)return;let{dragOperation:r}=n,{source:i,target:a}=r;if(!Hh(i)||!Hh(a)||i.sortable===a.sortable)return;let o=t(),s=i.sortable.group===a.sortable.group,c=o.get(i.sortable.group),l=s?c:o.get(a.sortable.group);c&&l&&queueMicrotask(()=>{e.defaultPrevented||n.renderer.rendering.then(()=>{let r=t();for(let[e,t]of o.entries()){let n=Array.from(t).entries();for(let[t,i]of n)if(i.index!==t||i.group!==e||!r.get(e)?.has(i))return}let u=i.sortable.element,d=a.sortable.element;if(!d||!u||!s&&a.id===i.sortable.group)return;let f=lg(c),p=s?f:lg(l),m=i.sortable.group??ag,h=a.sortable.group??ag,g={[m]:f,[h]:p},_=ig(g,e);if(g===_)return;let v=_[h].indexOf(i.sortable),y=_[h].indexOf(a.sortable);n.collisionObserver.disable(),sg(u,v,d,y),Mi(()=>{for(let[e,t]of _[m].entries())t.index=e;if(!s)for(let[e,t]of _[h].entries())t.group=a.sortable.group,t.index=e}),n.actions.setDropTarget(i.id).then(()=>n.collisionObserver.enable())})})}),e.monitor.addEventListener(`dragend`,(e,n)=>{if(!e.canceled)return;let{dragOperation:r}=n,{source:i}=r;Hh(i)&&(i.sortable.initialIndex!==i.sortable.index||i.sortable.initialGroup!==i.sortable.group)&&queueMicrotask(()=>{let e=t(),r=e.get(i.sortable.initialGroup);r&&n.renderer.rendering.then(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).entries();for(let[n,r]of e)if(r.index!==n||r.group!==t)return}let t=lg(r),n=i.sortable.element,a=t[i.sortable.initialIndex],o=a?.element;a&&o&&n&&(sg(n,a.index,o,i.index),Mi(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).values();for(let t of e)t.index=t.initialIndex,t.group=t.initialGroup}}))})})})];this.destroy=()=>{for(let e of n)e()}}};function sg(e,t,n,r){let i=r<t?`afterend`:`beforebegin`;n.insertAdjacentElement(i,e)}function cg(e,t){return e.index-t.index}function lg(e){return Array.from(e).sort(cg)}var ug=[Wh,og],dg={duration:250,easing:`cubic-bezier(0.25, 1, 0.5, 1)`,idle:!1},fg=new no,pg,mg=[q],hg,gg,_g,vg,yg,bg;pg=[q];var xg=class{constructor(e,t){Bh(this,gg,Ih(hg,8,this)),Ih(hg,11,this),Bh(this,_g),Bh(this,vg),Bh(this,yg,Ih(hg,12,this)),Ih(hg,15,this),Bh(this,bg),this.register=()=>(Mi(()=>{var e,t;(e=this.manager)==null||e.registry.register(this.droppable),(t=this.manager)==null||t.registry.register(this.draggable)}),()=>this.unregister()),this.unregister=()=>{Mi(()=>{var e,t;(e=this.manager)==null||e.registry.unregister(this.droppable),(t=this.manager)==null||t.registry.unregister(this.draggable)})},this.destroy=()=>{Mi(()=>{this.droppable.destroy(),this.draggable.destroy()})};var n=e,{effects:r=()=>[],group:i,index:a,sensors:o,type:s,transition:c=dg,plugins:l}=n,u=Ah(n,[`effects`,`group`,`index`,`sensors`,`type`,`transition`,`plugins`]);let d=rl(l,ug);this.droppable=new Cg(u,t,this),this.draggable=new Sg(kh(Oh({},u),{plugins:d,effects:()=>[()=>{let e=this.manager?.dragOperation.status;e?.initializing&&this.id===this.manager?.dragOperation.source?.id&&fg.clear(this.manager),e?.dragging&&fg.set(this.manager,this.id,K(()=>({initialIndex:this.index,initialGroup:this.group})))},()=>{let{index:e,group:t,manager:n}=this,r=zh(this,vg),i=zh(this,_g);(e!==r||t!==i)&&(Vh(this,vg,e),Vh(this,_g,t),this.animate())},()=>{let{target:e}=this,{isDragSource:t}=this.draggable;(this.draggable.pluginConfig(Yf)?.feedback??`default`)===`move`&&t&&(this.droppable.disabled=!e)},...r()],type:s,sensors:o}),t,this),Vh(this,bg,u.element),this.manager=t,this.index=a,Vh(this,vg,a),this.group=i,Vh(this,_g,i),this.type=s,this.transition=c}get initialIndex(){return fg.get(this.manager,this.id)?.initialIndex??this.index}get initialGroup(){return fg.get(this.manager,this.id)?.initialGroup??this.group}animate(){K(()=>{let{manager:e,transition:t}=this,{shape:n}=this.droppable;if(!e)return;let{idle:r}=e.dragOperation.status;n&&t&&(!r||t.idle)&&e.renderer.rendering.then(()=>{let{element:r}=this;if(!r)return;for(let e of r.getAnimations())`transitionProperty`in e&&(e.transitionProperty===`transform`||e.transitionProperty===`translate`||e.transitionProperty===`scale`)&&e.cancel();let i=this.refreshShape();if(!i)return;let a={x:n.boundingRectangle.left-i.boundingRectangle.left,y:n.boundingRectangle.top-i.boundingRectangle.top},{translate:o}=ku(r),s=Zu(r,o,!1),c=Zu(r,o);if(a.x||a.y){let n=jl(hl(r))?kh(Oh({},t),{duration:0}):t;Xu({element:r,keyframes:{translate:[`${s.x+a.x}px ${s.y+a.y}px ${s.z}`,`${c.x}px ${c.y}px ${c.z}`]},options:n}).then(()=>{e.dragOperation.status.dragging||(this.droppable.shape=void 0)})}})})}get manager(){return this.draggable.manager}set manager(e){Mi(()=>{this.draggable.manager=e,this.droppable.manager=e})}set element(e){Mi(()=>{let t=zh(this,bg),n=this.droppable.element,r=this.draggable.element;n&&n!==t||(this.droppable.element=e),r&&r!==t||(this.draggable.element=e),Vh(this,bg,e)})}get element(){let e=zh(this,bg);if(e)return Ll.get(e)??e??this.droppable.element}set target(e){this.droppable.element=e}get target(){return this.droppable.element}set source(e){this.draggable.element=e}get source(){return this.draggable.element}get disabled(){return this.draggable.disabled&&this.droppable.disabled}set plugins(e){this.draggable.plugins=rl(e,ug)}set disabled(e){Mi(()=>{this.droppable.disabled=e,this.draggable.disabled=e})}set data(e){Mi(()=>{this.droppable.data=e,this.draggable.data=e})}set handle(e){this.draggable.handle=e}set id(e){this.droppable.id=e,this.draggable.id=e}get id(){return this.droppable.id}set sensors(e){this.draggable.sensors=e}set modifiers(e){this.draggable.modifiers=e}set collisionPriority(e){this.droppable.collisionPriority=e}set collisionDetector(e){this.droppable.collisionDetector=e??gd}set alignment(e){this.draggable.alignment=e}get alignment(){return this.draggable.alignment}set type(e){Mi(()=>{this.droppable.type=e,this.draggable.type=e})}get type(){return this.draggable.type}set accept(e){this.droppable.accept=e}get accept(){return this.droppable.accept}get isDropTarget(){return this.droppable.isDropTarget}get isDragSource(){return this.draggable.isDragSource}get isDragging(){return this.draggable.isDragging}get isDropping(){return this.draggable.isDropping}get status(){return this.draggable.status}refreshShape(){return this.droppable.refreshShape()}accepts(e){return this.droppable.accepts(e)}};hg=jh(),gg=new WeakMap,_g=new WeakMap,vg=new WeakMap,yg=new WeakMap,bg=new WeakMap,Lh(hg,4,`index`,mg,xg,gg),Lh(hg,4,`group`,pg,xg,yg),Fh(hg,xg);var Sg=class extends nm{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get initialIndex(){return this.sortable.initialIndex}get group(){return this.sortable.group}get initialGroup(){return this.sortable.initialGroup}},Cg=class extends pm{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get group(){return this.sortable.group}},wg=Object.defineProperty,Tg=Object.defineProperties,Eg=Object.getOwnPropertyDescriptors,Dg=Object.getOwnPropertySymbols,Og=Object.prototype.hasOwnProperty,kg=Object.prototype.propertyIsEnumerable,Ag=(e,t,n)=>t in e?wg(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,jg=(e,t)=>{for(var n in t||={})Og.call(t,n)&&Ag(e,n,t[n]);if(Dg)for(var n of Dg(t))kg.call(t,n)&&Ag(e,n,t[n]);return e},Mg=(e,t)=>Tg(e,Eg(t));function Ng(e){let{accept:t,collisionDetector:n,collisionPriority:r,id:i,data:a,element:o,handle:s,index:c,group:l,disabled:u,modifiers:d,sensors:f,target:p,type:m,plugins:h}=e,g=jg(jg({},dg),e.transition),_=zm(t=>new xg(Mg(jg({},e),{transition:g,register:!1,handle:hm(s),element:hm(o),target:hm(p)}),t)),v=vm(_,Pg);return $(i,()=>_.id=i),gm(()=>{Mi(()=>{_.group=l,_.index=c})},[_,l,c]),$(m,()=>_.type=m),$(t,()=>_.accept=t,void 0,ka),$(a,()=>a&&(_.data=a)),$(c,()=>{_.manager?.dragOperation.status.idle&&g?.idle&&_.refreshShape()},ym),xm(s,e=>_.handle=e),xm(o,e=>_.element=e),xm(p,e=>_.target=e),$(u,()=>_.disabled=u===!0),$(f,()=>_.sensors=f),$(n,()=>_.collisionDetector=n),$(r,()=>_.collisionPriority=r),$(h,()=>_.plugins=h,void 0,ka),$(g,()=>_.transition=g,void 0,ka),$(d,()=>_.modifiers=d,void 0,ka),$(e.alignment,()=>_.alignment=e.alignment),{sortable:v,get isDragging(){return v.isDragging},get isDropping(){return v.isDropping},get isDragSource(){return v.isDragSource},get isDropTarget(){return v.isDropTarget},handleRef:(0,W.useCallback)(e=>{_.handle=e??void 0},[_]),ref:(0,W.useCallback)(e=>{(e||!_.element?.isConnected||_.manager?.dragOperation.status.idle)&&(_.element=e??void 0)},[_]),sourceRef:(0,W.useCallback)(e=>{(e||!_.source?.isConnected||_.manager?.dragOperation.status.idle)&&(_.source=e??void 0)},[_]),targetRef:(0,W.useCallback)(e=>{(e||!_.target?.isConnected||_.manager?.dragOperation.status.idle)&&(_.target=e??void 0)},[_])}}function Pg(e,t,n){return!(e!==`isDragSource`||n||!t)}var Fg=Vt(Ht(((e,t)=>{(function(n){var r;typeof e==`object`?t.exports=n():typeof define==`function`&&define.amd?define(n):(typeof window<`u`?r=window:typeof global<`u`?r=global:typeof self<`u`&&(r=self),r.objectHash=n())})(function(){return function e(t,n,r){function i(o,s){if(!n[o]){if(!t[o]){var c=typeof zt==`function`&&zt;if(!s&&c)return c(o,!0);if(a)return a(o,!0);throw Error(`Cannot find module '`+o+`'`)}s=n[o]={exports:{}},t[o][0].call(s.exports,function(e){var n=t[o][1][e];return i(n||e)},s,s.exports,e,t,n,r)}return n[o].exports}for(var a=typeof zt==`function`&&zt,o=0;o<r.length;o++)i(r[o]);return i}({1:[function(e,t,n){(function(r,i,a,o,s,c,l,u,d){var f=e(`crypto`);function p(e,t){t=g(e,t);var n;return(n=t.algorithm===`passthrough`?new y:f.createHash(t.algorithm)).write===void 0&&(n.write=n.update,n.end=n.update),v(t,n).dispatch(e),n.update||n.end(``),n.digest?n.digest(t.encoding===`buffer`?void 0:t.encoding):(e=n.read(),t.encoding===`buffer`?e:e.toString(t.encoding))}(n=t.exports=p).sha1=function(e){return p(e)},n.keys=function(e){return p(e,{excludeValues:!0,algorithm:`sha1`,encoding:`hex`})},n.MD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`})},n.keysMD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`,excludeValues:!0})};var m=f.getHashes?f.getHashes().slice():[`sha1`,`md5`],h=(m.push(`passthrough`),[`buffer`,`hex`,`binary`,`base64`]);function g(e,t){var n={};if(n.algorithm=(t||={}).algorithm||`sha1`,n.encoding=t.encoding||`hex`,n.excludeValues=!!t.excludeValues,n.algorithm=n.algorithm.toLowerCase(),n.encoding=n.encoding.toLowerCase(),n.ignoreUnknown=!0===t.ignoreUnknown,n.respectType=!1!==t.respectType,n.respectFunctionNames=!1!==t.respectFunctionNames,n.respectFunctionProperties=!1!==t.respectFunctionProperties,n.unorderedArrays=!0===t.unorderedArrays,n.unorderedSets=!1!==t.unorderedSets,n.unorderedObjects=!1!==t.unorderedObjects,n.replacer=t.replacer||void 0,n.excludeKeys=t.excludeKeys||void 0,e===void 0)throw Error(`Object argument required.`);for(var r=0;r<m.length;++r)m[r].toLowerCase()===n.algorithm.toLowerCase()&&(n.algorithm=m[r]);if(m.indexOf(n.algorithm)===-1)throw Error(`Algorithm "`+n.algorithm+`"  not supported. supported values: `+m.join(`, `));if(h.indexOf(n.encoding)===-1&&n.algorithm!==`passthrough`)throw Error(`Encoding "`+n.encoding+`"  not supported. supported values: `+h.join(`, `));return n}function _(e){if(typeof e==`function`)return/^function\s+\w*\s*\(\s*\)\s*{\s+\[native code\]\s+}$/i.exec(Function.prototype.toString.call(e))!=null}function v(e,t,n){n||=[];function r(e){return t.update?t.update(e,`utf8`):t.write(e,`utf8`)}return{dispatch:function(t){return this[`_`+((t=e.replacer?e.replacer(t):t)===null?`null`:typeof t)](t)},_object:function(t){var i,o=Object.prototype.toString.call(t),s=/\[object (.*)\]/i.exec(o);if(s=(s=s?s[1]:`unknown:[`+o+`]`).toLowerCase(),0<=(o=n.indexOf(t)))return this.dispatch(`[CIRCULAR:`+o+`]`);if(n.push(t),a!==void 0&&a.isBuffer&&a.isBuffer(t))return r(`buffer:`),r(t);if(s===`object`||s===`function`||s===`asyncfunction`)return o=Object.keys(t),e.unorderedObjects&&(o=o.sort()),!1===e.respectType||_(t)||o.splice(0,0,`prototype`,`__proto__`,`constructor`),e.excludeKeys&&(o=o.filter(function(t){return!e.excludeKeys(t)})),r(`object:`+o.length+`:`),i=this,o.forEach(function(n){i.dispatch(n),r(`:`),e.excludeValues||i.dispatch(t[n]),r(`,`)});if(!this[`_`+s]){if(e.ignoreUnknown)return r(`[`+s+`]`);throw Error(`Unknown object type "`+s+`"`)}this[`_`+s](t)},_array:function(t,i){i=i===void 0?!1!==e.unorderedArrays:i;var a=this;if(r(`array:`+t.length+`:`),!i||t.length<=1)return t.forEach(function(e){return a.dispatch(e)});var o=[],i=t.map(function(t){var r=new y,i=n.slice();return v(e,r,i).dispatch(t),o=o.concat(i.slice(n.length)),r.read().toString()});return n=n.concat(o),i.sort(),this._array(i,!1)},_date:function(e){return r(`date:`+e.toJSON())},_symbol:function(e){return r(`symbol:`+e.toString())},_error:function(e){return r(`error:`+e.toString())},_boolean:function(e){return r(`bool:`+e.toString())},_string:function(e){r(`string:`+e.length+`:`),r(e.toString())},_function:function(t){r(`fn:`),_(t)?this.dispatch(`[native]`):this.dispatch(t.toString()),!1!==e.respectFunctionNames&&this.dispatch(`function-name:`+String(t.name)),e.respectFunctionProperties&&this._object(t)},_number:function(e){return r(`number:`+e.toString())},_xml:function(e){return r(`xml:`+e.toString())},_null:function(){return r(`Null`)},_undefined:function(){return r(`Undefined`)},_regexp:function(e){return r(`regex:`+e.toString())},_uint8array:function(e){return r(`uint8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint8clampedarray:function(e){return r(`uint8clampedarray:`),this.dispatch(Array.prototype.slice.call(e))},_int8array:function(e){return r(`int8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint16array:function(e){return r(`uint16array:`),this.dispatch(Array.prototype.slice.call(e))},_int16array:function(e){return r(`int16array:`),this.dispatch(Array.prototype.slice.call(e))},_uint32array:function(e){return r(`uint32array:`),this.dispatch(Array.prototype.slice.call(e))},_int32array:function(e){return r(`int32array:`),this.dispatch(Array.prototype.slice.call(e))},_float32array:function(e){return r(`float32array:`),this.dispatch(Array.prototype.slice.call(e))},_float64array:function(e){return r(`float64array:`),this.dispatch(Array.prototype.slice.call(e))},_arraybuffer:function(e){return r(`arraybuffer:`),this.dispatch(new Uint8Array(e))},_url:function(e){return r(`url:`+e.toString())},_map:function(t){return r(`map:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_set:function(t){return r(`set:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_file:function(e){return r(`file:`),this.dispatch([e.name,e.size,e.type,e.lastModfied])},_blob:function(){if(e.ignoreUnknown)return r(`[blob]`);throw Error(`Hashing Blob objects is currently not supported
(see https://github.com/puleos/object-hash/issues/26)
Use "options.replacer" or "options.ignoreUnknown"
`)},_domwindow:function(){return r(`domwindow`)},_bigint:function(e){return r(`bigint:`+e.toString())},_process:function(){return r(`process`)},_timer:function(){return r(`timer`)},_pipe:function(){return r(`pipe`)},_tcp:function(){return r(`tcp`)},_udp:function(){return r(`udp`)},_tty:function(){return r(`tty`)},_statwatcher:function(){return r(`statwatcher`)},_securecontext:function(){return r(`securecontext`)},_connection:function(){return r(`connection`)},_zlib:function(){return r(`zlib`)},_context:function(){return r(`context`)},_nodescript:function(){return r(`nodescript`)},_httpparser:function(){return r(`httpparser`)},_dataview:function(){return r(`dataview`)},_signal:function(){return r(`signal`)},_fsevent:function(){return r(`fsevent`)},_tlswrap:function(){return r(`tlswrap`)}}}function y(){return{buf:``,write:function(e){this.buf+=e},end:function(e){this.buf+=e},read:function(){return this.buf}}}n.writeToStream=function(e,t,n){return n===void 0&&(n=t,t={}),v(t=g(e,t),n).dispatch(e)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/fake_9a5aa49d.js`,`/`)},{buffer:3,crypto:5,lYpoI2:11}],2:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){(function(e){var t=typeof Uint8Array<`u`?Uint8Array:Array,n=43,r=47,i=48,a=97,o=65,s=45,c=95;function l(e){return e=e.charCodeAt(0),e===n||e===s?62:e===r||e===c?63:e<i?-1:e<i+10?e-i+26+26:e<o+26?e-o:e<a+26?e-a+26:void 0}e.toByteArray=function(e){var n,r;if(0<e.length%4)throw Error(`Invalid string. Length must be a multiple of 4`);var i=e.length,i=e.charAt(i-2)===`=`?2:+(e.charAt(i-1)===`=`),a=new t(3*e.length/4-i),o=0<i?e.length-4:e.length,s=0;function c(e){a[s++]=e}for(n=0;n<o;n+=4)c((16711680&(r=l(e.charAt(n))<<18|l(e.charAt(n+1))<<12|l(e.charAt(n+2))<<6|l(e.charAt(n+3))))>>16),c((65280&r)>>8),c(255&r);return i==2?c(255&(r=l(e.charAt(n))<<2|l(e.charAt(n+1))>>4)):i==1&&(c((r=l(e.charAt(n))<<10|l(e.charAt(n+1))<<4|l(e.charAt(n+2))>>2)>>8&255),c(255&r)),a},e.fromByteArray=function(e){var t,n,r,i,a=e.length%3,o=``;function s(e){return`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`.charAt(e)}for(t=0,r=e.length-a;t<r;t+=3)n=(e[t]<<16)+(e[t+1]<<8)+e[t+2],o+=s((i=n)>>18&63)+s(i>>12&63)+s(i>>6&63)+s(63&i);switch(a){case 1:o=(o+=s((n=e[e.length-1])>>2))+s(n<<4&63)+`==`;break;case 2:o=(o=(o+=s((n=(e[e.length-2]<<8)+e[e.length-1])>>10))+s(n>>4&63))+s(n<<2&63)+`=`}return o}})(n===void 0?this.base64js={}:n)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/base64-js/lib/b64.js`,`/node_modules/gulp-browserify/node_modules/base64-js/lib`)},{buffer:3,lYpoI2:11}],3:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var d=e(`base64-js`),f=e(`ieee754`);function i(e,t,n){if(!(this instanceof i))return new i(e,t,n);var r,a,o,s,c=typeof e;if(t===`base64`&&c==`string`)for(e=(s=e).trim?s.trim():s.replace(/^\s+|\s+$/g,``);e.length%4!=0;)e+=`=`;if(c==`number`)r=te(e);else if(c==`string`)r=i.byteLength(e,t);else{if(c!=`object`)throw Error(`First argument needs to be a number, array or string.`);r=te(e.length)}if(i._useTypedArrays?a=i._augment(new Uint8Array(r)):((a=this).length=r,a._isBuffer=!0),i._useTypedArrays&&typeof e.byteLength==`number`)a._set(e);else if(ne(s=e)||i.isBuffer(s)||s&&typeof s==`object`&&typeof s.length==`number`)for(o=0;o<r;o++)i.isBuffer(e)?a[o]=e.readUInt8(o):a[o]=e[o];else if(c==`string`)a.write(e,0,t);else if(c==`number`&&!i._useTypedArrays&&!n)for(o=0;o<r;o++)a[o]=0;return a}function p(e,t,n,r){return i._charsWritten=A(function(e){for(var t=[],n=0;n<e.length;n++)t.push(255&e.charCodeAt(n));return t}(t),e,n,r)}function m(e,t,n,r){return i._charsWritten=A(function(e){for(var t,n,r=[],i=0;i<e.length;i++)n=e.charCodeAt(i),t=n>>8,n%=256,r.push(n),r.push(t);return r}(t),e,n,r)}function h(e,t,n){var r=``;n=Math.min(e.length,n);for(var i=t;i<n;i++)r+=String.fromCharCode(e[i]);return r}function g(e,t,n,r){r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t!=null,`missing offset`),M(t+1<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(i=e[t],t+1<r&&(i|=e[t+1]<<8)):(i=e[t]<<8,t+1<r&&(i|=e[t+1])),i}function _(e,t,n,r){r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t!=null,`missing offset`),M(t+3<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(t+2<r&&(i=e[t+2]<<16),t+1<r&&(i|=e[t+1]<<8),i|=e[t],t+3<r&&(i+=e[t+3]<<24>>>0)):(t+1<r&&(i=e[t+1]<<16),t+2<r&&(i|=e[t+2]<<8),t+3<r&&(i|=e[t+3]),i+=e[t]<<24>>>0),i}function v(e,t,n,r){if(r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t!=null,`missing offset`),M(t+1<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=g(e,t,n,!0),32768&r?-1*(65535-r+1):r}function y(e,t,n,r){if(r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t!=null,`missing offset`),M(t+3<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=_(e,t,n,!0),2147483648&r?-1*(4294967295-r+1):r}function b(e,t,n,r){return r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t+3<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,23,4)}function x(e,t,n,r){return r||(M(typeof n==`boolean`,`missing or invalid endian`),M(t+7<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,52,8)}function S(e,t,n,r,i){if(i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+1<e.length,`trying to write beyond buffer length`),oe(t,65535)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,2);a<o;a++)e[n+a]=(t&255<<8*(r?a:1-a))>>>8*(r?a:1-a)}function C(e,t,n,r,i){if(i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+3<e.length,`trying to write beyond buffer length`),oe(t,4294967295)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,4);a<o;a++)e[n+a]=t>>>8*(r?a:3-a)&255}function w(e,t,n,r,i){i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+1<e.length,`Trying to write beyond buffer length`),j(t,32767,-32768)),e.length<=n||S(e,0<=t?t:65535+t+1,n,r,i)}function T(e,t,n,r,i){i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+3<e.length,`Trying to write beyond buffer length`),j(t,2147483647,-2147483648)),e.length<=n||C(e,0<=t?t:4294967295+t+1,n,r,i)}function E(e,t,n,r,i){i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+3<e.length,`Trying to write beyond buffer length`),se(t,34028234663852886e22,-34028234663852886e22)),e.length<=n||f.write(e,t,n,r,23,4)}function D(e,t,n,r,i){i||(M(t!=null,`missing value`),M(typeof r==`boolean`,`missing or invalid endian`),M(n!=null,`missing offset`),M(n+7<e.length,`Trying to write beyond buffer length`),se(t,17976931348623157e292,-17976931348623157e292)),e.length<=n||f.write(e,t,n,r,52,8)}n.Buffer=i,n.SlowBuffer=i,n.INSPECT_MAX_BYTES=50,i.poolSize=8192,i._useTypedArrays=function(){try{var e=new Uint8Array(new ArrayBuffer(0));return e.foo=function(){return 42},e.foo()===42&&typeof e.subarray==`function`}catch{return!1}}(),i.isEncoding=function(e){switch(String(e).toLowerCase()){case`hex`:case`utf8`:case`utf-8`:case`ascii`:case`binary`:case`base64`:case`raw`:case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:return!0;default:return!1}},i.isBuffer=function(e){return!(e==null||!e._isBuffer)},i.byteLength=function(e,t){var n;switch(e+=``,t||`utf8`){case`hex`:n=e.length/2;break;case`utf8`:case`utf-8`:n=ie(e).length;break;case`ascii`:case`binary`:case`raw`:n=e.length;break;case`base64`:n=k(e).length;break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:n=2*e.length;break;default:throw Error(`Unknown encoding`)}return n},i.concat=function(e,t){if(M(ne(e),`Usage: Buffer.concat(list, [totalLength])
list should be an Array.`),e.length===0)return new i(0);if(e.length===1)return e[0];if(typeof t!=`number`)for(a=t=0;a<e.length;a++)t+=e[a].length;for(var n=new i(t),r=0,a=0;a<e.length;a++){var o=e[a];o.copy(n,r),r+=o.length}return n},i.prototype.write=function(e,t,n,r){isFinite(t)?isFinite(n)||(r=n,n=void 0):(l=r,r=t,t=n,n=l),t=Number(t)||0;var a,o,s,c,l=this.length-t;switch((!n||l<(n=Number(n)))&&(n=l),r=String(r||`utf8`).toLowerCase()){case`hex`:a=function(e,t,n,r){n=Number(n)||0;var a=e.length-n;(!r||a<(r=Number(r)))&&(r=a),M((a=t.length)%2==0,`Invalid hex string`),a/2<r&&(r=a/2);for(var o=0;o<r;o++){var s=parseInt(t.substr(2*o,2),16);M(!isNaN(s),`Invalid hex string`),e[n+o]=s}return i._charsWritten=2*o,o}(this,e,t,n);break;case`utf8`:case`utf-8`:o=this,s=t,c=n,a=i._charsWritten=A(ie(e),o,s,c);break;case`ascii`:case`binary`:a=p(this,e,t,n);break;case`base64`:o=this,s=t,c=n,a=i._charsWritten=A(k(e),o,s,c);break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:a=m(this,e,t,n);break;default:throw Error(`Unknown encoding`)}return a},i.prototype.toString=function(e,t,n){var r,i,a,o,s=this;if(e=String(e||`utf8`).toLowerCase(),t=Number(t)||0,(n=n===void 0?s.length:Number(n))===t)return``;switch(e){case`hex`:r=function(e,t,n){var r=e.length;(!t||t<0)&&(t=0),(!n||n<0||r<n)&&(n=r);for(var i=``,a=t;a<n;a++)i+=re(e[a]);return i}(s,t,n);break;case`utf8`:case`utf-8`:r=function(e,t,n){var r=``,i=``;n=Math.min(e.length,n);for(var a=t;a<n;a++)e[a]<=127?(r+=ae(i)+String.fromCharCode(e[a]),i=``):i+=`%`+e[a].toString(16);return r+ae(i)}(s,t,n);break;case`ascii`:case`binary`:r=h(s,t,n);break;case`base64`:i=s,o=n,r=(a=t)===0&&o===i.length?d.fromByteArray(i):d.fromByteArray(i.slice(a,o));break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:r=function(e,t,n){for(var r=e.slice(t,n),i=``,a=0;a<r.length;a+=2)i+=String.fromCharCode(r[a]+256*r[a+1]);return i}(s,t,n);break;default:throw Error(`Unknown encoding`)}return r},i.prototype.toJSON=function(){return{type:`Buffer`,data:Array.prototype.slice.call(this._arr||this,0)}},i.prototype.copy=function(e,t,n,r){if(t||=0,(r=r||r===0?r:this.length)!==(n||=0)&&e.length!==0&&this.length!==0){M(n<=r,`sourceEnd < sourceStart`),M(0<=t&&t<e.length,`targetStart out of bounds`),M(0<=n&&n<this.length,`sourceStart out of bounds`),M(0<=r&&r<=this.length,`sourceEnd out of bounds`),r>this.length&&(r=this.length);var a=(r=e.length-t<r-n?e.length-t+n:r)-n;if(a<100||!i._useTypedArrays)for(var o=0;o<a;o++)e[o+t]=this[o+n];else e._set(this.subarray(n,n+a),t)}},i.prototype.slice=function(e,t){var n=this.length;if(e=ee(e,n,0),t=ee(t,n,n),i._useTypedArrays)return i._augment(this.subarray(e,t));for(var r=t-e,a=new i(r,void 0,!0),o=0;o<r;o++)a[o]=this[o+e];return a},i.prototype.get=function(e){return console.log(`.get() is deprecated. Access using array indexes instead.`),this.readUInt8(e)},i.prototype.set=function(e,t){return console.log(`.set() is deprecated. Access using array indexes instead.`),this.writeUInt8(e,t)},i.prototype.readUInt8=function(e,t){if(t||(M(e!=null,`missing offset`),M(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return this[e]},i.prototype.readUInt16LE=function(e,t){return g(this,e,!0,t)},i.prototype.readUInt16BE=function(e,t){return g(this,e,!1,t)},i.prototype.readUInt32LE=function(e,t){return _(this,e,!0,t)},i.prototype.readUInt32BE=function(e,t){return _(this,e,!1,t)},i.prototype.readInt8=function(e,t){if(t||(M(e!=null,`missing offset`),M(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return 128&this[e]?-1*(255-this[e]+1):this[e]},i.prototype.readInt16LE=function(e,t){return v(this,e,!0,t)},i.prototype.readInt16BE=function(e,t){return v(this,e,!1,t)},i.prototype.readInt32LE=function(e,t){return y(this,e,!0,t)},i.prototype.readInt32BE=function(e,t){return y(this,e,!1,t)},i.prototype.readFloatLE=function(e,t){return b(this,e,!0,t)},i.prototype.readFloatBE=function(e,t){return b(this,e,!1,t)},i.prototype.readDoubleLE=function(e,t){return x(this,e,!0,t)},i.prototype.readDoubleBE=function(e,t){return x(this,e,!1,t)},i.prototype.writeUInt8=function(e,t,n){n||(M(e!=null,`missing value`),M(t!=null,`missing offset`),M(t<this.length,`trying to write beyond buffer length`),oe(e,255)),t>=this.length||(this[t]=e)},i.prototype.writeUInt16LE=function(e,t,n){S(this,e,t,!0,n)},i.prototype.writeUInt16BE=function(e,t,n){S(this,e,t,!1,n)},i.prototype.writeUInt32LE=function(e,t,n){C(this,e,t,!0,n)},i.prototype.writeUInt32BE=function(e,t,n){C(this,e,t,!1,n)},i.prototype.writeInt8=function(e,t,n){n||(M(e!=null,`missing value`),M(t!=null,`missing offset`),M(t<this.length,`Trying to write beyond buffer length`),j(e,127,-128)),t>=this.length||(0<=e?this.writeUInt8(e,t,n):this.writeUInt8(255+e+1,t,n))},i.prototype.writeInt16LE=function(e,t,n){w(this,e,t,!0,n)},i.prototype.writeInt16BE=function(e,t,n){w(this,e,t,!1,n)},i.prototype.writeInt32LE=function(e,t,n){T(this,e,t,!0,n)},i.prototype.writeInt32BE=function(e,t,n){T(this,e,t,!1,n)},i.prototype.writeFloatLE=function(e,t,n){E(this,e,t,!0,n)},i.prototype.writeFloatBE=function(e,t,n){E(this,e,t,!1,n)},i.prototype.writeDoubleLE=function(e,t,n){D(this,e,t,!0,n)},i.prototype.writeDoubleBE=function(e,t,n){D(this,e,t,!1,n)},i.prototype.fill=function(e,t,n){if(t||=0,n||=this.length,M(typeof(e=typeof(e||=0)==`string`?e.charCodeAt(0):e)==`number`&&!isNaN(e),`value is not a number`),M(t<=n,`end < start`),n!==t&&this.length!==0){M(0<=t&&t<this.length,`start out of bounds`),M(0<=n&&n<=this.length,`end out of bounds`);for(var r=t;r<n;r++)this[r]=e}},i.prototype.inspect=function(){for(var e=[],t=this.length,r=0;r<t;r++)if(e[r]=re(this[r]),r===n.INSPECT_MAX_BYTES){e[r+1]=`...`;break}return`<Buffer `+e.join(` `)+`>`},i.prototype.toArrayBuffer=function(){if(typeof Uint8Array>`u`)throw Error(`Buffer.toArrayBuffer not supported in this browser`);if(i._useTypedArrays)return new i(this).buffer;for(var e=new Uint8Array(this.length),t=0,n=e.length;t<n;t+=1)e[t]=this[t];return e.buffer};var O=i.prototype;function ee(e,t,n){return typeof e==`number`?t<=(e=~~e)?t:0<=e||0<=(e+=t)?e:0:n}function te(e){return(e=~~Math.ceil(+e))<0?0:e}function ne(e){return(Array.isArray||function(e){return Object.prototype.toString.call(e)===`[object Array]`})(e)}function re(e){return e<16?`0`+e.toString(16):e.toString(16)}function ie(e){for(var t=[],n=0;n<e.length;n++){var r=e.charCodeAt(n);if(r<=127)t.push(e.charCodeAt(n));else for(var i=n,a=(55296<=r&&r<=57343&&n++,encodeURIComponent(e.slice(i,n+1)).substr(1).split(`%`)),o=0;o<a.length;o++)t.push(parseInt(a[o],16))}return t}function k(e){return d.toByteArray(e)}function A(e,t,n,r){for(var i=0;i<r&&!(i+n>=t.length||i>=e.length);i++)t[i+n]=e[i];return i}function ae(e){try{return decodeURIComponent(e)}catch{return`�`}}function oe(e,t){M(typeof e==`number`,`cannot write a non-number as a number`),M(0<=e,`specified a negative value for writing an unsigned value`),M(e<=t,`value is larger than maximum value for type`),M(Math.floor(e)===e,`value has a fractional component`)}function j(e,t,n){M(typeof e==`number`,`cannot write a non-number as a number`),M(e<=t,`value larger than maximum allowed value`),M(n<=e,`value smaller than minimum allowed value`),M(Math.floor(e)===e,`value has a fractional component`)}function se(e,t,n){M(typeof e==`number`,`cannot write a non-number as a number`),M(e<=t,`value larger than maximum allowed value`),M(n<=e,`value smaller than minimum allowed value`)}function M(e,t){if(!e)throw Error(t||`Failed assertion`)}i._augment=function(e){return e._isBuffer=!0,e._get=e.get,e._set=e.set,e.get=O.get,e.set=O.set,e.write=O.write,e.toString=O.toString,e.toLocaleString=O.toString,e.toJSON=O.toJSON,e.copy=O.copy,e.slice=O.slice,e.readUInt8=O.readUInt8,e.readUInt16LE=O.readUInt16LE,e.readUInt16BE=O.readUInt16BE,e.readUInt32LE=O.readUInt32LE,e.readUInt32BE=O.readUInt32BE,e.readInt8=O.readInt8,e.readInt16LE=O.readInt16LE,e.readInt16BE=O.readInt16BE,e.readInt32LE=O.readInt32LE,e.readInt32BE=O.readInt32BE,e.readFloatLE=O.readFloatLE,e.readFloatBE=O.readFloatBE,e.readDoubleLE=O.readDoubleLE,e.readDoubleBE=O.readDoubleBE,e.writeUInt8=O.writeUInt8,e.writeUInt16LE=O.writeUInt16LE,e.writeUInt16BE=O.writeUInt16BE,e.writeUInt32LE=O.writeUInt32LE,e.writeUInt32BE=O.writeUInt32BE,e.writeInt8=O.writeInt8,e.writeInt16LE=O.writeInt16LE,e.writeInt16BE=O.writeInt16BE,e.writeInt32LE=O.writeInt32LE,e.writeInt32BE=O.writeInt32BE,e.writeFloatLE=O.writeFloatLE,e.writeFloatBE=O.writeFloatBE,e.writeDoubleLE=O.writeDoubleLE,e.writeDoubleBE=O.writeDoubleBE,e.fill=O.fill,e.inspect=O.inspect,e.toArrayBuffer=O.toArrayBuffer,e}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/buffer/index.js`,`/node_modules/gulp-browserify/node_modules/buffer`)},{"base64-js":2,buffer:3,ieee754:10,lYpoI2:11}],4:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=4,f=new i(d);f.fill(0),t.exports={hash:function(e,t,n,r){for(var a=t(function(e,t){e.length%d!=0&&(n=e.length+(d-e.length%d),e=i.concat([e,f],n));for(var n,r=[],a=t?e.readInt32BE:e.readInt32LE,o=0;o<e.length;o+=d)r.push(a.call(e,o));return r}(e=i.isBuffer(e)?e:new i(e),r),8*e.length),t=r,o=new i(n),s=t?o.writeInt32BE:o.writeInt32LE,c=0;c<a.length;c++)s.call(o,a[c],4*c,!0);return o}}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/helpers.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],5:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=e(`./sha`),f=e(`./sha256`),p=e(`./rng`),m={sha1:d,sha256:f,md5:e(`./md5`)},h=64,g=new i(h);function _(e,t){var n=m[e||=`sha1`],r=[];return n||v(`algorithm:`,e,`is not yet supported`),{update:function(e){return i.isBuffer(e)||(e=new i(e)),r.push(e),e.length,this},digest:function(e){var a=i.concat(r),a=t?function(e,t,n){i.isBuffer(t)||(t=new i(t)),i.isBuffer(n)||(n=new i(n)),t.length>h?t=e(t):t.length<h&&(t=i.concat([t,g],h));for(var r=new i(h),a=new i(h),o=0;o<h;o++)r[o]=54^t[o],a[o]=92^t[o];return n=e(i.concat([r,n])),e(i.concat([a,n]))}(n,t,a):n(a);return r=null,e?a.toString(e):a}}}function v(){var e=[].slice.call(arguments).join(` `);throw Error([e,`we accept pull requests`,`http://github.com/dominictarr/crypto-browserify`].join(`
`))}g.fill(0),n.createHash=function(e){return _(e)},n.createHmac=_,n.randomBytes=function(e,t){if(!t||!t.call)return new i(p(e));try{t.call(this,void 0,new i(p(e)))}catch(e){t(e)}};var y,b=[`createCredentials`,`createCipher`,`createCipheriv`,`createDecipher`,`createDecipheriv`,`createSign`,`createVerify`,`createDiffieHellman`,`pbkdf2`],x=function(e){n[e]=function(){v(`sorry,`,e,`is not implemented yet`)}};for(y in b)x(b[y],y)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/index.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./md5":6,"./rng":7,"./sha":8,"./sha256":9,buffer:3,lYpoI2:11}],6:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<t%32,e[14+(t+64>>>9<<4)]=t;for(var n=1732584193,r=-271733879,i=-1732584194,a=271733878,o=0;o<e.length;o+=16){var s=n,c=r,l=i,u=a,n=m(n,r,i,a,e[o+0],7,-680876936),a=m(a,n,r,i,e[o+1],12,-389564586),i=m(i,a,n,r,e[o+2],17,606105819),r=m(r,i,a,n,e[o+3],22,-1044525330);n=m(n,r,i,a,e[o+4],7,-176418897),a=m(a,n,r,i,e[o+5],12,1200080426),i=m(i,a,n,r,e[o+6],17,-1473231341),r=m(r,i,a,n,e[o+7],22,-45705983),n=m(n,r,i,a,e[o+8],7,1770035416),a=m(a,n,r,i,e[o+9],12,-1958414417),i=m(i,a,n,r,e[o+10],17,-42063),r=m(r,i,a,n,e[o+11],22,-1990404162),n=m(n,r,i,a,e[o+12],7,1804603682),a=m(a,n,r,i,e[o+13],12,-40341101),i=m(i,a,n,r,e[o+14],17,-1502002290),n=h(n,r=m(r,i,a,n,e[o+15],22,1236535329),i,a,e[o+1],5,-165796510),a=h(a,n,r,i,e[o+6],9,-1069501632),i=h(i,a,n,r,e[o+11],14,643717713),r=h(r,i,a,n,e[o+0],20,-373897302),n=h(n,r,i,a,e[o+5],5,-701558691),a=h(a,n,r,i,e[o+10],9,38016083),i=h(i,a,n,r,e[o+15],14,-660478335),r=h(r,i,a,n,e[o+4],20,-405537848),n=h(n,r,i,a,e[o+9],5,568446438),a=h(a,n,r,i,e[o+14],9,-1019803690),i=h(i,a,n,r,e[o+3],14,-187363961),r=h(r,i,a,n,e[o+8],20,1163531501),n=h(n,r,i,a,e[o+13],5,-1444681467),a=h(a,n,r,i,e[o+2],9,-51403784),i=h(i,a,n,r,e[o+7],14,1735328473),n=g(n,r=h(r,i,a,n,e[o+12],20,-1926607734),i,a,e[o+5],4,-378558),a=g(a,n,r,i,e[o+8],11,-2022574463),i=g(i,a,n,r,e[o+11],16,1839030562),r=g(r,i,a,n,e[o+14],23,-35309556),n=g(n,r,i,a,e[o+1],4,-1530992060),a=g(a,n,r,i,e[o+4],11,1272893353),i=g(i,a,n,r,e[o+7],16,-155497632),r=g(r,i,a,n,e[o+10],23,-1094730640),n=g(n,r,i,a,e[o+13],4,681279174),a=g(a,n,r,i,e[o+0],11,-358537222),i=g(i,a,n,r,e[o+3],16,-722521979),r=g(r,i,a,n,e[o+6],23,76029189),n=g(n,r,i,a,e[o+9],4,-640364487),a=g(a,n,r,i,e[o+12],11,-421815835),i=g(i,a,n,r,e[o+15],16,530742520),n=_(n,r=g(r,i,a,n,e[o+2],23,-995338651),i,a,e[o+0],6,-198630844),a=_(a,n,r,i,e[o+7],10,1126891415),i=_(i,a,n,r,e[o+14],15,-1416354905),r=_(r,i,a,n,e[o+5],21,-57434055),n=_(n,r,i,a,e[o+12],6,1700485571),a=_(a,n,r,i,e[o+3],10,-1894986606),i=_(i,a,n,r,e[o+10],15,-1051523),r=_(r,i,a,n,e[o+1],21,-2054922799),n=_(n,r,i,a,e[o+8],6,1873313359),a=_(a,n,r,i,e[o+15],10,-30611744),i=_(i,a,n,r,e[o+6],15,-1560198380),r=_(r,i,a,n,e[o+13],21,1309151649),n=_(n,r,i,a,e[o+4],6,-145523070),a=_(a,n,r,i,e[o+11],10,-1120210379),i=_(i,a,n,r,e[o+2],15,718787259),r=_(r,i,a,n,e[o+9],21,-343485551),n=v(n,s),r=v(r,c),i=v(i,l),a=v(a,u)}return[n,r,i,a]}function p(e,t,n,r,i,a){return v((t=v(v(t,e),v(r,a)))<<i|t>>>32-i,n)}function m(e,t,n,r,i,a,o){return p(t&n|~t&r,e,t,i,a,o)}function h(e,t,n,r,i,a,o){return p(t&r|n&~r,e,t,i,a,o)}function g(e,t,n,r,i,a,o){return p(t^n^r,e,t,i,a,o)}function _(e,t,n,r,i,a,o){return p(n^(t|~r),e,t,i,a,o)}function v(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}t.exports=function(e){return d.hash(e,f,16)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/md5.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],7:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u;t.exports=u||function(e){for(var t,n=Array(e),r=0;r<e;r++)!(3&r)&&(t=4294967296*Math.random()),n[r]=t>>>((3&r)<<3)&255;return n}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/rng.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],8:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var n,r,i,a=Array(80),o=1732584193,s=-271733879,c=-1732584194,l=271733878,u=-1009589776,d=0;d<e.length;d+=16){for(var f=o,h=s,g=c,_=l,v=u,y=0;y<80;y++){a[y]=y<16?e[d+y]:m(a[y-3]^a[y-8]^a[y-14]^a[y-16],1);var b=p(p(m(o,5),(b=s,r=c,i=l,(n=y)<20?b&r|~b&i:!(n<40)&&n<60?b&r|b&i|r&i:b^r^i)),p(p(u,a[y]),(n=y)<20?1518500249:n<40?1859775393:n<60?-1894007588:-899497514)),u=l,l=c,c=m(s,30),s=o,o=b}o=p(o,f),s=p(s,h),c=p(c,g),l=p(l,_),u=p(u,v)}return[o,s,c,l,u]}function p(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function m(e,t){return e<<t|e>>>32-t}t.exports=function(e){return d.hash(e,f,20,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],9:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){function d(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function f(e,t){var n,r=[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298],i=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],a=Array(64);e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var o,s,c=0;c<e.length;c+=16){for(var l=i[0],u=i[1],f=i[2],p=i[3],g=i[4],_=i[5],v=i[6],y=i[7],b=0;b<64;b++)a[b]=b<16?e[b+c]:d(d(d((s=a[b-2],m(s,17)^m(s,19)^h(s,10)),a[b-7]),(s=a[b-15],m(s,7)^m(s,18)^h(s,3))),a[b-16]),n=d(d(d(d(y,m(s=g,6)^m(s,11)^m(s,25)),g&_^~g&v),r[b]),a[b]),o=d(m(o=l,2)^m(o,13)^m(o,22),l&u^l&f^u&f),y=v,v=_,_=g,g=d(p,n),p=f,f=u,u=l,l=d(n,o);i[0]=d(l,i[0]),i[1]=d(u,i[1]),i[2]=d(f,i[2]),i[3]=d(p,i[3]),i[4]=d(g,i[4]),i[5]=d(_,i[5]),i[6]=d(v,i[6]),i[7]=d(y,i[7])}return i}var p=e(`./helpers`),m=function(e,t){return e>>>t|e<<32-t},h=function(e,t){return e>>>t};t.exports=function(e){return p.hash(e,f,32,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha256.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],10:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){n.read=function(e,t,n,r,i){var a,o,s=8*i-r-1,c=(1<<s)-1,l=c>>1,u=-7,d=n?i-1:0,f=n?-1:1,i=e[t+d];for(d+=f,a=i&(1<<-u)-1,i>>=-u,u+=s;0<u;a=256*a+e[t+d],d+=f,u-=8);for(o=a&(1<<-u)-1,a>>=-u,u+=r;0<u;o=256*o+e[t+d],d+=f,u-=8);if(a===0)a=1-l;else{if(a===c)return o?NaN:1/0*(i?-1:1);o+=2**r,a-=l}return(i?-1:1)*o*2**(a-r)},n.write=function(e,t,n,r,i,a){var o,s,c=8*a-i-1,l=(1<<c)-1,u=l>>1,d=i===23?2**-24-2**-77:0,f=r?0:a-1,p=r?1:-1,a=+(t<0||t===0&&1/t<0);for(t=Math.abs(t),isNaN(t)||t===1/0?(s=+!!isNaN(t),o=l):(o=Math.floor(Math.log(t)/Math.LN2),t*(r=2**-o)<1&&(o--,r*=2),2<=(t+=1<=o+u?d/r:d*2**(1-u))*r&&(o++,r/=2),l<=o+u?(s=0,o=l):1<=o+u?(s=(t*r-1)*2**i,o+=u):(s=t*2**(u-1)*2**i,o=0));8<=i;e[n+f]=255&s,f+=p,s/=256,i-=8);for(o=o<<i|s,c+=i;0<c;e[n+f]=255&o,f+=p,o/=256,c-=8);e[n+f-p]|=128*a}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/ieee754/index.js`,`/node_modules/gulp-browserify/node_modules/ieee754`)},{buffer:3,lYpoI2:11}],11:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u,d,f;function p(){}(e=t.exports={}).nextTick=(d=typeof window<`u`&&window.setImmediate,f=typeof window<`u`&&window.postMessage&&window.addEventListener,d?function(e){return window.setImmediate(e)}:f?(u=[],window.addEventListener(`message`,function(e){var t=e.source;t!==window&&t!==null||e.data!==`process-tick`||(e.stopPropagation(),0<u.length&&u.shift()())},!0),function(e){u.push(e),window.postMessage(`process-tick`,`*`)}):function(e){setTimeout(e,0)}),e.title=`browser`,e.browser=!0,e.env={},e.argv=[],e.on=p,e.addListener=p,e.once=p,e.off=p,e.removeListener=p,e.removeAllListeners=p,e.emit=p,e.binding=function(e){throw Error(`process.binding is not supported`)},e.cwd=function(){return`/`},e.chdir=function(e){throw Error(`process.chdir is not supported`)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/process/browser.js`,`/node_modules/gulp-browserify/node_modules/process`)},{buffer:3,lYpoI2:11}]},{},[1])(1)})}))(),1);H(),H(),H();var Ig=e=>{if(typeof e!=`object`||!e)return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null},Lg=e=>Array.isArray(e)?[...e]:Ig(e)?B({},e):{};function Rg(e,t,n){let r=t.split(`.`),i=B({},e),a=i;for(let e=0;e<r.length;e++){let[t,i]=r[e].replace(`]`,``).split(`[`),o=e===r.length-1;if(i!==void 0){a[t]=Array.isArray(a[t])?[...a[t]]:[];let e=Number(i);if(o){a[t][e]=n;continue}a[t][e]=Lg(a[t][e]),a=a[t][e]}else o?a[t]=n:(a[t]=Lg(a[t]),a=a[t])}return i}H(),H();var zg={Button:`_Button_oe4qj_1`,"Button--medium":`_Button--medium_oe4qj_34`,"Button--large":`_Button--large_oe4qj_62`,"Button-icon":`_Button-icon_oe4qj_89`,"Button--primary":`_Button--primary_oe4qj_93`,"Button--disabled":`_Button--disabled_oe4qj_123`,"Button--secondary":`_Button--secondary_oe4qj_135`,"Button--flush":`_Button--flush_oe4qj_171`,"Button--fullWidth":`_Button--fullWidth_oe4qj_179`,"Button-spinner":`_Button-spinner_oe4qj_184`};H();var Bg=/^(data-.*)$/,Vg=e=>{let t={};for(let n in e)Object.prototype.hasOwnProperty.call(e,n)&&Bg.test(n)&&(t[n]=e[n]);return t},Hg=U(`Button`,zg),Ug=e=>{var t=e,{children:n,href:r,onClick:i,variant:a=`primary`,type:o,disabled:s,tabIndex:c,newTab:l,fullWidth:u,icon:d,size:f=`medium`,loading:p=!1}=t,m=Rt(t,[`children`,`href`,`onClick`,`variant`,`type`,`disabled`,`tabIndex`,`newTab`,`fullWidth`,`icon`,`size`,`loading`]);let[h,g]=(0,W.useState)(p);(0,W.useEffect)(()=>g(p),[p]);let _=r?`a`:o?`button`:`span`,v=Vg(m);return(0,G.jsxs)(_,V(B({className:Hg({primary:a===`primary`,secondary:a===`secondary`,disabled:s,fullWidth:u,[f]:!0}),onClick:e=>{i&&(g(!0),Promise.resolve(i(e)).then(()=>{g(!1)}))},type:o,disabled:s||h,tabIndex:c,target:l?`_blank`:void 0,rel:l?`noreferrer`:void 0,href:r},v),{children:[d&&(0,G.jsx)(`div`,{className:Hg(`icon`),children:d}),n,h&&(0,G.jsx)(`div`,{className:Hg(`spinner`),children:(0,G.jsx)(Oe,{size:14})})]}))};H(),H();var Wg={InputWrapper:`_InputWrapper_qyenz_1`,"Input-label":`_Input-label_qyenz_5`,"Input-labelIcon":`_Input-labelIcon_qyenz_17`,"Input-disabledIcon":`_Input-disabledIcon_qyenz_24`,"Input-input":`_Input-input_qyenz_29`,"Input-select":`_Input-select_qyenz_61`,"Input-selectIcon":`_Input-selectIcon_qyenz_71`,Input:`_Input_qyenz_1`,"Input--readOnly":`_Input--readOnly_qyenz_111`,"Input-radioGroupItems":`_Input-radioGroupItems_qyenz_150`,"Input-radio":`_Input-radio_qyenz_150`,"Input-radioInner":`_Input-radioInner_qyenz_179`,"Input-radioInput":`_Input-radioInput_qyenz_261`},Gg=U(`Input`,Wg),Kg=({children:e,icon:t,label:n,el:r=`label`,readOnly:i,className:a})=>{let o=r,s=R(`field-readonly`);return(0,G.jsxs)(o,{className:a,children:[(0,G.jsxs)(`div`,{className:Gg(`label`),children:[t?(0,G.jsx)(`div`,{className:Gg(`labelIcon`),children:t}):(0,G.jsx)(G.Fragment,{}),n,i&&(0,G.jsx)(`div`,{className:Gg(`disabledIcon`),title:s,children:(0,G.jsx)(Me,{size:`12`})})]}),e]})},qg=({children:e,icon:t,label:n,el:r=`label`,readOnly:i})=>{let a=z(e=>e.overrides),o=(0,W.useMemo)(()=>a.fieldLabel||Kg,[a]);return n?(0,G.jsx)(o,{label:n,icon:t,className:Gg({readOnly:i}),readOnly:i,el:r,children:e}):(0,G.jsx)(G.Fragment,{children:e})};H(),H(),H(),H();var Jg={ArrayField:`_ArrayField_62huh_5`,"ArrayField--isDraggingFrom":`_ArrayField--isDraggingFrom_62huh_30`,"ArrayField-addButton":`_ArrayField-addButton_62huh_38`,"ArrayField--hasItems":`_ArrayField--hasItems_62huh_58`,"ArrayField-inner":`_ArrayField-inner_62huh_93`,ArrayFieldItem:`_ArrayFieldItem_62huh_101`,"ArrayFieldItem--isDragging":`_ArrayFieldItem--isDragging_62huh_110`,"ArrayFieldItem--isExpanded":`_ArrayFieldItem--isExpanded_62huh_114`,"ArrayFieldItem-summary":`_ArrayFieldItem-summary_62huh_132`,"ArrayFieldItem--noFields":`_ArrayFieldItem--noFields_62huh_167`,"ArrayField--addDisabled":`_ArrayField--addDisabled_62huh_176`,"ArrayFieldItem-body":`_ArrayFieldItem-body_62huh_228`,"ArrayFieldItem-fieldset":`_ArrayFieldItem-fieldset_62huh_237`,"ArrayFieldItem-rhs":`_ArrayFieldItem-rhs_62huh_250`,"ArrayFieldItem-actions":`_ArrayFieldItem-actions_62huh_256`};H(),H();function Yg(e,t){let n=(0,W.useContext)(e);if(!n)throw Error(`useContextStore must be used inside context`);return xe(n,ki(t))}function Xg(e){return({children:t,value:n})=>{let[r]=(0,W.useState)(()=>Re(()=>n));return(0,G.jsx)(e.Provider,{value:r,children:t})}}function Zg(e){let t=(0,W.createContext)(Re(Se(()=>e)));return{ctx:t,Provider:Xg(t)}}var Qg=Zg({}),$g=()=>(0,W.useContext)(Qg.ctx);function e_(e){let t=(0,W.useContext)(Qg.ctx);if(!t)throw Error(`useContextStore must be used inside context`);return xe(t,ki(e))}H(),H();var t_=U(`DragIcon`,{DragIcon:`_DragIcon_5e515_1`,"DragIcon--disabled":`_DragIcon--disabled_5e515_10`}),n_=({isDragDisabled:e})=>(0,G.jsx)(`div`,{className:t_({disabled:e}),children:(0,G.jsx)(`svg`,{viewBox:`0 0 20 20`,width:`12`,fill:`currentColor`,children:(0,G.jsx)(`path`,{d:`M7 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 2zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 14zm6-8a2 2 0 1 0-.001-4.001A2 2 0 0 0 13 6zm0 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 14z`})})});H(),H();var{Delay:r_,Distance:i_}=Rp,a_=[new r_({value:200,tolerance:10})],o_=[new r_({value:200,tolerance:10}),new i_({value:5})],s_=({other:e=o_,mouse:t,touch:n=a_}={touch:a_,other:o_})=>{let[r]=(0,W.useState)(()=>[Hp.configure({activationConstraints(r,i){let{pointerType:a,target:o}=r;return a===`mouse`&&sd(o)&&(i.handle===o||i.handle?.contains(o))?t:a===`touch`?n:e}})]);return r};H(),H(),H();var c_=`increasing`,l_=(e,t)=>{let{dragOperation:n,droppable:r}=e,{shape:i}=r,{position:a}=n,o=n.shape?.current;if(!o||!i)return null;let s=i.center,c=Math.sqrt((s.x-t.x)**2+(s.y-t.y)**2),l=Math.sqrt((s.x-a.current.x)**2+(s.y-a.current.y)**2);return c_=l===c?c_:l<c?`decreasing`:`increasing`,o.center,r.id.toString(),c_===`decreasing`?{id:r.id,value:1,type:vc.Collision}:null};H();var u_=(e,t)=>e===`dynamic`?Math.abs(t.y)>Math.abs(t.x)?t.y===0?null:t.y>0?`down`:`up`:t.x===0?null:t.x>0?`right`:`left`:e===`x`?t.x===0?null:t.x>0?`right`:`left`:t.y===0?null:t.y>0?`down`:`up`;H();var d_=(e,t,n,r=0)=>{let i=e.boundingRectangle,a=t.center;if(n===`down`){let e=r*t.boundingRectangle.height;return i.bottom>=a.y+e}if(n===`up`){let e=r*t.boundingRectangle.height;return i.top<a.y-e}if(n===`left`){let e=r*t.boundingRectangle.width;return a.x-e>=i.left}let o=r*t.boundingRectangle.width;return i.right-o>=a.x};H();var f_=10,p_={current:{x:0,y:0},delta:{x:0,y:0},previous:{x:0,y:0},direction:null},m_=(e,t=`dynamic`)=>(p_.current=e,p_.delta={x:e.x-p_.previous.x,y:e.y-p_.previous.y},p_.direction=u_(t,p_.delta)||p_.direction,(Math.abs(p_.delta.x)>f_||Math.abs(p_.delta.y)>f_)&&(p_.previous=ko.from(e)),p_);H();var h_=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/ko.distance(t.shape.center,n),type:vc.PointerIntersection,priority:_c.High}:null},g_=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?Ao.from(r.current.boundingRectangle).corners:void 0,o=Ao.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+ko.distance(ko.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:vc.Collision,priority:_c.Normal}};H();var __=Re(()=>({fallbackEnabled:!1})),v_=``,y_=(e,t=.05)=>(n=>{let{dragOperation:r,droppable:i}=n,{position:a}=r,o=r.shape?.current,{shape:s}=i;if(!o||!s)return null;let{center:c}=o,{fallbackEnabled:l}=__.getState(),u=m_(a.current,e),d={direction:u.direction},{center:f}=s,p=d_(o,s,u.direction,t);if(r.source?.id===i.id){let e=l_(n,u.previous);if(i.id.toString(),e)return V(B({},e),{priority:_c.Highest,data:d})}let m=o.intersectionArea(s),h=m/s.area;if(m&&p){i.id.toString(),u.direction;let e={id:i.id,value:h,priority:_c.High,type:vc.Collision},t=v_===i.id;return v_=``,V(B({},e),{id:t?`flush`:e.id,data:d})}if(l&&r.source?.id!==i.id){let t=s.boundingRectangle.right>o.boundingRectangle.left&&s.boundingRectangle.left<o.boundingRectangle.right,r=s.boundingRectangle.bottom>o.boundingRectangle.top&&s.boundingRectangle.top<o.boundingRectangle.bottom;if(e===`y`&&t||r){let t=g_(n);if(t)return d.direction=u_(e,{x:o.center.x-(i.shape?.center.x||0),y:o.center.y-(i.shape?.center.y||0)}),m?(i.id.toString(),v_=i.id,V(B({},t),{priority:_c.Low,data:d})):(i.id.toString(),V(B({},t),{priority:_c.Lowest,data:d}))}}return i.id.toString(),null});H();var b_=(e,t=`ltr`)=>e===`up`||t===`ltr`&&e===`left`||t===`rtl`&&e===`right`?`before`:`after`,x_=({position:e,sourceIndex:t,targetIndex:n,isSameZone:r})=>{let i=n;return r&&i>=t&&--i,e===`after`&&(i+=1),i},S_=({children:e,onDragStart:t,onDragEnd:n,onMove:r})=>{let i=s_({mouse:[new Rp.Distance({value:5})]});return(0,G.jsx)(Im,{sensors:i,onDragStart:e=>t(e.operation.source?.id.toString()??``),onDragOver:(e,t)=>{e.preventDefault();let{operation:n}=e,{source:i,target:a}=n;if(!i||!a)return;let o=i.data.index,s=a.data.index,c=t.collisionObserver.collisions[0]?.data;o!==s&&i.id!==a.id&&r({source:o,target:x_({position:b_(c?.direction),sourceIndex:o,targetIndex:s,isSameZone:!0})})},onDragEnd:()=>{setTimeout(()=>{n()},250)},children:e})},C_=({id:e,index:t,disabled:n,children:r,type:i=`item`})=>{let{ref:a,isDragging:o,isDropping:s,handleRef:c}=Ng({id:e,type:i,index:t,disabled:n,data:{index:t},collisionDetector:y_(`y`)});return r({isDragging:o,isDropping:s,ref:a,handleRef:c})};H();var w_=(0,W.createContext)({}),T_=()=>{let e=(0,W.useContext)(w_);return V(B({},e),{readOnlyFields:e.readOnlyFields||{}})},E_=({children:e,name:t,subName:n,wildcardName:r=t,readOnlyFields:i})=>{let a=`${t}.${n}`,o=`${r}.${n}`,s=(0,W.useMemo)(()=>Object.keys(i).reduce((e,n)=>{if(n.indexOf(a)>-1||n.indexOf(o)>-1){let a=new RegExp(`^(${t}|${r}).`.replace(/\[/g,`\\[`).replace(/\]/g,`\\]`).replace(/\./g,`\\.`).replace(/\*/g,`\\*`)),o=n.replace(a,``);return V(B({},e),{[o]:i[n]})}return e},{}),[t,n,r,i]);return(0,G.jsx)(w_.Provider,{value:{readOnlyFields:s,localName:n},children:e})};H();var D_=(e,t)=>t.split(`.`).reduce((e,t)=>{if(!e)return;let[n,r]=t.replace(`]`,``).split(`[`),i=e[n];return r&&i?i[parseInt(r)]:i},e);H();var O_=(0,W.memo)(({field:e,id:t,index:n,name:r,subName:i,localName:a,onChange:o,forceReadOnly:s})=>{let c=n===void 0?r:`${r}[${n}]`,l=r?`${c}.${i}`:i,u=n===void 0?a??i:`${a}[${n}]`,d=n===void 0?a:`${a}[*]`,f=`${u}.${i}`,p=`${d}.${i}`,{readOnlyFields:m}=T_(),h=s||(m[l]===void 0?m[p]:m[f]),g=e.label||i;return(0,G.jsx)(E_,{name:u,wildcardName:d,subName:i,readOnlyFields:m,children:(0,G.jsx)(fv,{name:l,label:g,id:t,readOnly:h,field:V(B({},e),{label:g}),onChange:(e,t)=>{o(e,t,i)}})})}),k_=U(`ArrayField`,Jg),A_=U(`ArrayFieldItem`,Jg),j_=(0,W.memo)(({index:e,originalIndex:t,field:n,name:r})=>{let i=e_(t=>D_(t,`${[r]}[${e}]`)),a=R(`field-arrayitem-summary`,{index:t});return(0,W.useMemo)(()=>i&&n.getItemSummary?n.getItemSummary(i,e):a,[i,n,t,e,a])}),M_=(0,W.memo)(({id:e,arrayId:t,index:n,dragIndex:r,originalIndex:i,field:a,onChange:o,onToggleExpand:s,readOnly:c,actions:l,name:u,localName:d})=>{let f=z(n=>n.state.ui.arrayState[t]?.openId===e),p=z(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),m=(0,W.useMemo)(()=>a.arrayFields?Object.values(a.arrayFields).some(e=>e.type!==`slot`&&e.visible!==!1):!1,[a.arrayFields]);return(0,G.jsx)(C_,{id:e,index:r,disabled:c,children:({isDragging:t,ref:r,handleRef:h})=>(0,G.jsxs)(`div`,{ref:r,className:A_({isExpanded:f&&m,isDragging:t,noFields:!m}),children:[(0,G.jsxs)(`div`,{ref:h,onClick:n=>{t||(n.preventDefault(),n.stopPropagation(),m&&s(e,f))},className:A_(`summary`),children:[(0,G.jsx)(j_,{index:n,originalIndex:i,field:a,name:u}),(0,G.jsxs)(`div`,{className:A_(`rhs`),children:[!c&&(0,G.jsx)(`div`,{className:A_(`actions`),children:l}),(0,G.jsx)(`div`,{children:(0,G.jsx)(n_,{})})]})]}),(0,G.jsx)(`div`,{className:A_(`body`),children:f&&m&&(0,G.jsx)(`fieldset`,{className:A_(`fieldset`),children:Object.keys(a.arrayFields).map(t=>{let r=a.arrayFields[t];return(0,G.jsx)(O_,{id:`${e}_${t}`,name:u,index:n,subName:t,localName:d,field:r,onChange:o,forceReadOnly:!p},`${e}_${t}_${n}`)})})})]})})}),N_=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,readOnly:o,Label:s=e=>(0,G.jsx)(`div`,B({},e))})=>{let c=z(e=>e.setUi),l=L(),u=$g(),{localName:d=r}=T_(),f=()=>D_(u.getState(),r)??[],p=(0,W.useCallback)(()=>{let{state:e}=l.getState(),t=e.ui.arrayState[n];if(t?.items?.length)return t;let r=f();return{items:Array.from(r||[]).map((e,t)=>({_originalIndex:t,_currentIndex:t,_arrayId:`${n}-${t}`})),openId:``}},[l,n,f,r]),m=e_(()=>f().length),h=(0,W.useMemo)(p,[p]),g=z(e=>e.state.ui.arrayState[n]??h),_=L(),v=(0,W.useCallback)(e=>{let t=_.getState().state;return{arrayState:V(B({},t.ui.arrayState),{[n]:B(B({},p()),e)})}},[_]),y=(0,W.useCallback)(()=>p().items.reduce((e,t)=>t._originalIndex>e?t._originalIndex:e,-1),[]),b=(0,W.useCallback)(e=>{let t=y(),r=p(),i=Array.from(e||[]).map((e,i)=>{let a=r.items[i],o={_originalIndex:a?._originalIndex??t+1,_currentIndex:a?._currentIndex??i,_arrayId:r.items[i]?._arrayId||`${n}-${t+1}`};return o._originalIndex>t&&(t=o._originalIndex),o});return V(B({},r),{items:i})},[]),[x,S]=(0,W.useState)(``),C=!!x,w=(0,W.useRef)([]);(0,W.useEffect)(()=>{w.current=f()},[]);let T=(0,W.useCallback)(t=>{if(e.type!==`array`||!e.arrayFields)return;let n=_.getState().config;return Ct({value:t,fields:e.arrayFields,mappers:{slot:({value:e})=>e.map(e=>Ne(e,n,!0))},config:n})},[_,e]),E=(0,W.useCallback)(()=>{let e=p(),t=e.items.map((e,t)=>V(B({},e),{_currentIndex:t})),r=_.getState().state,i={arrayState:V(B({},r.ui.arrayState),{[n]:V(B({},e),{items:t})})};c(i,!1)},[]),D=(0,W.useCallback)(e=>{let n=b(e);c(v(n),!1),t(e)},[b,c,v,t]);(0,W.useEffect)(()=>{let e=b(f());c(v(e),!1)},[m]);let O=R(`field-arrayitem-duplicate`),ee=R(`field-arrayitem-delete`);if(e.type!==`array`||!e.arrayFields)return null;let te=e.max!==void 0&&g?.items.length>=e.max||o;return(0,G.jsx)(s,{label:i||r,icon:a||(0,G.jsx)(ze,{size:16}),el:`div`,readOnly:o,children:(0,G.jsx)(S_,{onDragStart:e=>{w.current=f(),S(e),E()},onDragEnd:()=>{S(``),t(w.current);let e=u.getState();u.setState(Rg(e,r,w.current)),E()},onMove:e=>{let t=p();if(t.items[e.source]._arrayId!==x)return;let r=_t(w.current,e.source,e.target),i=_t(t.items,e.source,e.target),a=_.getState().state,o={arrayState:V(B({},a.ui.arrayState),{[n]:V(B({},t),{items:i})})};c(o,!1),w.current=r},children:(0,G.jsxs)(`div`,{className:k_({hasItems:m>0,addDisabled:te}),children:[g.items.length>0&&(0,G.jsx)(`div`,{className:k_(`inner`),"data-dnd-container":!0,children:g.items.map((i,a)=>{let{_arrayId:s=`${n}-${a}`,_originalIndex:l=a,_currentIndex:u=a}=i;return(0,G.jsx)(M_,{index:u,dragIndex:a,originalIndex:l,arrayId:n,id:s,readOnly:o,field:e,name:r,localName:d,onChange:(e,n,r)=>{let i=f(),o=Array.from(i||[])[a]||{};t(lt(i,a,V(B({},o),{[r]:e})),n)},onToggleExpand:(e,t)=>{c(v(t?{openId:``}:{openId:e}))},actions:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(`div`,{className:A_(`action`),children:(0,G.jsx)(pt,{type:`button`,disabled:!!te,onClick:e=>{e.stopPropagation();let t=[...f()||[]],n=T(t[a]);t.splice(a,0,n),D(t)},title:O,children:(0,G.jsx)(ct,{size:16})})}),(0,G.jsx)(`div`,{className:A_(`action`),children:(0,G.jsx)(pt,{type:`button`,disabled:e.min!==void 0&&e.min>=g.items.length,onClick:e=>{e.stopPropagation();let t=[...f()||[]];t.splice(a,1),D(t)},title:ee,children:(0,G.jsx)(wt,{size:16})})})]})},s)})}),!te&&(0,G.jsx)(`button`,{type:`button`,className:k_(`addButton`),onClick:()=>{if(C)return;let t=f()||[],n=typeof e.defaultItemProps==`function`?e.defaultItemProps(t.length):e.defaultItemProps??{},r=Ue(T(n),e.arrayFields),i=[...t,r];D(i)},children:(0,G.jsx)(we,{size:21})})]})})})};H(),H(),H();var P_=(e,t=!0)=>e_(n=>t?D_(n,e):void 0);H();var F_=e=>z(t=>t.state.ui.field.focus===e),I_=(e,t,{tracked:n=!0,fallback:r}={})=>{let i=P_(e,n),a=F_(e),[o,s]=(0,W.useState)(i),c=(0,W.useCallback)((e,...n)=>{s(e),t(e,...n)},[t]);return(0,W.useEffect)(()=>{n&&(a||s(i))},[n,a,i]),n?[r!==void 0&&o==null?r:o,c]:[void 0,t]},L_=U(`Input`,Wg),R_=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=I_(i,t,{fallback:``});return(0,G.jsx)(s,{label:a||i,icon:o||(0,G.jsxs)(G.Fragment,{children:[e.type===`text`&&(0,G.jsx)(ut,{size:16}),e.type===`number`&&(0,G.jsx)(jt,{size:16})]}),readOnly:n,children:(0,G.jsx)(`input`,{className:L_(`input`),autoComplete:`off`,type:e.type,title:a||i,name:i,value:c,onChange:t=>{if(e.type===`number`){let n=Number(t.currentTarget.value);if(e.min!==void 0&&n<e.min||e.max!==void 0&&n>e.max)return;l(n)}else l(t.currentTarget.value)},readOnly:n,tabIndex:n?-1:void 0,id:r,min:e.type===`number`?e.min:void 0,max:e.type===`number`?e.max:void 0,placeholder:e.type===`text`||e.type===`number`?e.placeholder:void 0,step:e.type===`number`?e.step:void 0})})};H(),H(),H();var z_={"ExternalInput-actions":`_ExternalInput-actions_143vl_1`,"ExternalInput-button":`_ExternalInput-button_143vl_5`,"ExternalInput--dataSelected":`_ExternalInput--dataSelected_143vl_34`,"ExternalInput--readOnly":`_ExternalInput--readOnly_143vl_41`,"ExternalInput-detachButton":`_ExternalInput-detachButton_143vl_48`,ExternalInput:`_ExternalInput_143vl_1`,ExternalInputModal:`_ExternalInputModal_143vl_118`,"ExternalInputModal-grid":`_ExternalInputModal-grid_143vl_128`,"ExternalInputModal--filtersToggled":`_ExternalInputModal--filtersToggled_143vl_139`,"ExternalInputModal-filters":`_ExternalInputModal-filters_143vl_144`,"ExternalInputModal-masthead":`_ExternalInputModal-masthead_143vl_164`,"ExternalInputModal-tableWrapper":`_ExternalInputModal-tableWrapper_143vl_173`,"ExternalInputModal-table":`_ExternalInputModal-table_143vl_173`,"ExternalInputModal-thead":`_ExternalInputModal-thead_143vl_189`,"ExternalInputModal-th":`_ExternalInputModal-th_143vl_189`,"ExternalInputModal-td":`_ExternalInputModal-td_143vl_204`,"ExternalInputModal-tr":`_ExternalInputModal-tr_143vl_210`,"ExternalInputModal-tbody":`_ExternalInputModal-tbody_143vl_217`,"ExternalInputModal--hasData":`_ExternalInputModal--hasData_143vl_244`,"ExternalInputModal-loadingBanner":`_ExternalInputModal-loadingBanner_143vl_248`,"ExternalInputModal--isLoading":`_ExternalInputModal--isLoading_143vl_265`,"ExternalInputModal-searchForm":`_ExternalInputModal-searchForm_143vl_269`,"ExternalInputModal-search":`_ExternalInputModal-search_143vl_269`,"ExternalInputModal-searchIcon":`_ExternalInputModal-searchIcon_143vl_306`,"ExternalInputModal-searchIconText":`_ExternalInputModal-searchIconText_143vl_333`,"ExternalInputModal-searchInput":`_ExternalInputModal-searchInput_143vl_343`,"ExternalInputModal-searchActions":`_ExternalInputModal-searchActions_143vl_358`,"ExternalInputModal-searchActionIcon":`_ExternalInputModal-searchActionIcon_143vl_371`,"ExternalInputModal-footerContainer":`_ExternalInputModal-footerContainer_143vl_375`,"ExternalInputModal-footer":`_ExternalInputModal-footer_143vl_375`,"ExternalInputModal-field":`_ExternalInputModal-field_143vl_388`};H(),H();var B_=U(`Modal`,{Modal:`_Modal_g5xob_1`,"Modal--isOpen":`_Modal--isOpen_g5xob_15`,"Modal-inner":`_Modal-inner_g5xob_19`}),V_=({children:e,onClose:t,isOpen:n})=>{let[r,i]=(0,W.useState)(null);return(0,W.useEffect)(()=>{i(document.getElementById(`puck-portal-root`))},[]),r?(0,si.createPortal)((0,G.jsx)(`div`,{className:B_({isOpen:n}),onClick:t,children:(0,G.jsx)(`div`,{className:B_(`inner`),onClick:e=>e.stopPropagation(),children:e})}),r):(0,G.jsx)(`div`,{})};H(),H();var H_=U(`Heading`,{Heading:`_Heading_97eh4_1`,"Heading--xxxxl":`_Heading--xxxxl_97eh4_12`,"Heading--xxxl":`_Heading--xxxl_97eh4_18`,"Heading--xxl":`_Heading--xxl_97eh4_22`,"Heading--xl":`_Heading--xl_97eh4_26`,"Heading--l":`_Heading--l_97eh4_30`,"Heading--m":`_Heading--m_97eh4_34`,"Heading--s":`_Heading--s_97eh4_38`,"Heading--xs":`_Heading--xs_97eh4_42`}),U_=({children:e,rank:t,size:n=`m`})=>{let r=t?`h${t}`:`span`;return(0,G.jsx)(r,{className:H_({[n]:!0}),children:e})};H();var W_=U(`ExternalInput`,z_),G_=U(`ExternalInputModal`,z_),K_=({count:e})=>{let t=R(`field-external-result-singular`,{count:e}),n=R(`field-external-result-plural`,{count:e});return(0,G.jsx)(`span`,{className:G_(`footer`),children:e===1?t:n})},q_={},J_=({field:e,onChange:t,value:n=null,name:r,id:i,readOnly:a})=>{let{mapProp:o=e=>e,mapRow:s=e=>e,filterFields:c}=e||{},{enabled:l}=e.cache??{enabled:!0},[u,d]=(0,W.useState)([]),[f,p]=(0,W.useState)(!1),[m,h]=(0,W.useState)(!0),g=!!c,[_,v]=(0,W.useState)(e.initialFilters||{}),[y,b]=(0,W.useState)(g),x=(0,W.useMemo)(()=>u.map(s),[u]),S=(0,W.useMemo)(()=>{let e=new Set;for(let t of x)for(let n of Object.keys(t))(typeof t[n]==`string`||typeof t[n]==`number`||(0,W.isValidElement)(t[n]))&&e.add(n);return Array.from(e)},[x]),[C,w]=(0,W.useState)(e.initialQuery||``),T=(0,W.useCallback)((t,n)=>Lt(null,null,function*(){h(!0);let r=`${i}-${t}-${JSON.stringify(n)}`,a;a=l&&q_[r]?q_[r]:yield e.fetchList({query:t,filters:n}),a&&(d(a),h(!1),l&&(q_[r]=a))}),[i,e]),E=(0,W.useCallback)(t=>e.renderFooter?e.renderFooter(t):(0,G.jsx)(K_,{count:t.items.length}),[e.renderFooter]);(0,W.useEffect)(()=>{T(C,_)},[]);let D=R(`field-external-item`),O=R(`field-external-search`),ee=R(`field-external-togglefilters`),te=R(`field-external-selectdata`);return(0,G.jsxs)(`div`,{className:W_({dataSelected:!!n,modalVisible:f,readOnly:a}),id:i,children:[(0,G.jsxs)(`div`,{className:W_(`actions`),children:[(0,G.jsx)(`button`,{type:`button`,onClick:()=>p(!0),className:W_(`button`),disabled:a,children:n?e.getItemSummary?e.getItemSummary(n):D:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(Ie,{size:`16`}),(0,G.jsx)(`span`,{children:e.placeholder})]})}),n&&(0,G.jsx)(`button`,{type:`button`,className:W_(`detachButton`),onClick:()=>{t(null)},disabled:a,children:(0,G.jsx)(He,{size:16})})]}),(0,G.jsx)(V_,{onClose:()=>p(!1),isOpen:f,children:(0,G.jsxs)(`form`,{className:G_({isLoading:m,loaded:!m,hasData:x.length>0,filtersToggled:y}),onSubmit:e=>{e.preventDefault(),e.stopPropagation(),T(C,_)},children:[(0,G.jsx)(`div`,{className:G_(`masthead`),children:e.showSearch?(0,G.jsxs)(`div`,{className:G_(`searchForm`),children:[(0,G.jsxs)(`label`,{className:G_(`search`),children:[(0,G.jsx)(`span`,{className:G_(`searchIconText`),children:O}),(0,G.jsx)(`div`,{className:G_(`searchIcon`),children:(0,G.jsx)(Ze,{size:`18`})}),(0,G.jsx)(`input`,{className:G_(`searchInput`),name:`q`,type:`search`,placeholder:e.placeholder,onChange:e=>{w(e.currentTarget.value)},autoComplete:`off`,value:C})]}),(0,G.jsxs)(`div`,{className:G_(`searchActions`),children:[(0,G.jsx)(Ug,{type:`submit`,loading:m,fullWidth:!0,children:O}),g&&(0,G.jsx)(`div`,{className:G_(`searchActionIcon`),children:(0,G.jsx)(pt,{type:`button`,title:ee,onClick:e=>{e.preventDefault(),e.stopPropagation(),b(!y)},children:(0,G.jsx)(Qe,{size:20})})})]})]}):(0,G.jsx)(U_,{rank:`2`,size:`xs`,children:e.placeholder||te})}),(0,G.jsxs)(`div`,{className:G_(`grid`),children:[g&&(0,G.jsx)(`div`,{className:G_(`filters`),children:g&&Object.keys(c).map(e=>{let t=c[e];return(0,G.jsx)(`div`,{className:G_(`field`),children:(0,G.jsx)(Kg,{label:t.label||e,children:(0,G.jsx)(mv,{field:t,id:`external_field_${e}_filter`,value:_[e],onChange:t=>{v(n=>{let r=V(B({},n),{[e]:t});return T(C,r),r})}})})},e)})}),(0,G.jsxs)(`div`,{className:G_(`tableWrapper`),children:[(0,G.jsxs)(`table`,{className:G_(`table`),children:[(0,G.jsx)(`thead`,{className:G_(`thead`),children:(0,G.jsx)(`tr`,{className:G_(`tr`),children:S.map(e=>(0,G.jsx)(`th`,{className:G_(`th`),style:{textAlign:`left`},children:e},e))})}),(0,G.jsx)(`tbody`,{className:G_(`tbody`),children:x.map((e,n)=>(0,G.jsx)(`tr`,{style:{whiteSpace:`nowrap`},className:G_(`tr`),onClick:()=>{t(o(u[n])),p(!1)},children:S.map(t=>(0,G.jsx)(`td`,{className:G_(`td`),children:e[t]},t))},n))})]}),(0,G.jsx)(`div`,{className:G_(`loadingBanner`),children:(0,G.jsx)(Oe,{size:24})})]})]}),(0,G.jsx)(`div`,{className:G_(`footerContainer`),children:(0,G.jsx)(E,{items:x})})]})})]})},Y_=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let c=P_(r),l=e,u=e,d=R(`field-external-selectdata`);return(0,W.useEffect)(()=>{u.adaptor&&console.error("Warning: The `adaptor` API is deprecated. Please use updated APIs on the `external` field instead. This will be a breaking change in a future release.")},[]),e.type===`external`?(0,G.jsx)(o,{label:i||r,icon:a||(0,G.jsx)(Ie,{size:16}),el:`div`,children:(0,G.jsx)(J_,{name:r,field:V(B({},l),{placeholder:u.adaptor?.name?`Select from ${u.adaptor.name}`:l.placeholder||d,mapProp:u.adaptor?.mapProp||l.mapProp,mapRow:l.mapRow,fetchList:u.adaptor?.fetchList?()=>Lt(null,null,function*(){return yield u.adaptor.fetchList(u.adaptorParams)}):l.fetchList}),onChange:t,value:c,id:n,readOnly:s})}):null};H();var X_=U(`Input`,Wg),Z_=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let c=P_(i);return e.type!==`radio`||!e.options?null:(0,G.jsx)(s,{icon:o||(0,G.jsx)(at,{size:16}),label:a||i,readOnly:n,el:`div`,children:(0,G.jsx)(`div`,{className:X_(`radioGroupItems`),id:r,children:e.options.map(e=>(0,G.jsxs)(`label`,{className:X_(`radio`),children:[(0,G.jsx)(`input`,{type:`radio`,className:X_(`radioInput`),value:JSON.stringify({value:e.value}),name:i,onChange:e=>{t(JSON.parse(e.target.value).value)},disabled:n,checked:c===e.value}),(0,G.jsx)(`div`,{className:X_(`radioInner`),children:e.label||e.value?.toString()})]},e.label+e.value))})})};H();var Q_=U(`Input`,Wg),$_=({field:e,onChange:t,label:n,labelIcon:r,Label:i,id:a,name:o=a,readOnly:s})=>{let c=P_(o);return e.type!==`select`||!e.options?null:(0,G.jsx)(i,{label:n||o,icon:r||(0,G.jsx)(tt,{size:16}),readOnly:s,children:(0,G.jsxs)(`div`,{className:Q_(`select`),children:[(0,G.jsx)(`select`,{id:a,title:n||o,className:Q_(`input`),disabled:s,onChange:e=>{t(JSON.parse(e.target.value).value)},value:JSON.stringify({value:c}),children:e.options.map(e=>(0,G.jsx)(`option`,{label:e.label,value:JSON.stringify({value:e.value})},e.label+JSON.stringify(e.value)))}),(0,G.jsx)(tt,{size:18,className:Q_(`selectIcon`)})]})})};H();var ev=U(`Input`,Wg),tv=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=I_(i,t,{fallback:``});return(0,G.jsx)(s,{label:a||i,icon:o||(0,G.jsx)(ut,{size:16}),readOnly:n,children:(0,G.jsx)(`textarea`,{id:r,className:ev(`input`),autoComplete:`off`,name:i,value:c,onChange:e=>l(e.currentTarget.value),readOnly:n,tabIndex:n?-1:void 0,rows:5,placeholder:e.type===`textarea`?e.placeholder:void 0})})};H(),H();var nv=(0,W.memo)(e=>(0,G.jsx)(ii,V(B({},e),{editor:null,menu:(0,G.jsx)(ge,{field:e.field,editor:null,editorState:null,readOnly:e.readOnly??!1}),children:(0,G.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e.content},contentEditable:!0})})));nv.displayName=`EditorFallback`;var rv=(0,W.lazy)(()=>ce(()=>import(`./Editor-44C53YAG-Dv3Lw1kp.js`).then(e=>({default:e.Editor})),__vite__mapDeps([25,23,4,5,19,20,24,1,2,3,6,7,8,9,10,11,12,13,14,15,16,17,18,21]))),iv=({onChange:e,readOnly:t=!1,id:n,name:r=n,label:i,labelIcon:a,Label:o,field:s})=>{let c={onChange:e,content:P_(r),readOnly:t,field:s,id:n,name:r};return(0,G.jsx)(G.Fragment,{children:(0,G.jsx)(o,{label:i||r,icon:a||(0,G.jsx)(ut,{size:16}),readOnly:t,el:`div`,children:(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(nv,B({},c)),children:(0,G.jsx)(rv,B({},c))})})})};H(),H();var av=U(`ObjectField`,{ObjectField:`_ObjectField_c5reb_1`,"ObjectField-fieldset":`_ObjectField-fieldset_c5reb_10`}),ov=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let{localName:c=r}=T_(),l=$g(),u=z(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),d=()=>D_(l.getState(),r)??{};return e.type!==`object`||!e.objectFields?null:(0,G.jsx)(o,{label:i||r,icon:a||(0,G.jsx)($e,{size:16}),el:`div`,readOnly:s,children:(0,G.jsx)(`div`,{className:av(),children:(0,G.jsx)(`fieldset`,{className:av(`fieldset`),children:Object.keys(e.objectFields).map(i=>{let a=e.objectFields[i],o=`${c}.${i}`;return(0,G.jsx)(O_,{id:`${n}_${i}`,name:r,subName:i,localName:c,field:a,forceReadOnly:!u,onChange:(e,n,r)=>{let i=d();i[r]!==e&&t(V(B({},i),{[r]:e}),n)}},o)})})})})};H();var sv=()=>{if(W.useId!==void 0)return W.useId();let[e]=(0,W.useState)(Fe());return e},cv=U(`Input`,Wg),lv=U(`InputWrapper`,Wg),uv={array:N_,external:Y_,object:ov,select:$_,textarea:tv,radio:Z_,text:R_,number:R_,richtext:iv};function dv(e){let t=z(e=>e.dispatch),n=z(e=>e.overrides),r=z(ki(e=>e.selectedItem?.readOnly)),i=(0,W.useContext)(w_),{id:a,Label:o=qg}=e,s=e.field,c=s.label,l=s.labelIcon,u=sv(),d=a||u,f=(0,W.useMemo)(()=>V(B({},n.fieldTypes),{custom:n.fieldTypes?.custom,array:n.fieldTypes?.array||uv.array,external:n.fieldTypes?.external||uv.external,object:n.fieldTypes?.object||uv.object,select:n.fieldTypes?.select||uv.select,textarea:n.fieldTypes?.textarea||uv.textarea,radio:n.fieldTypes?.radio||uv.radio,text:n.fieldTypes?.text||uv.text,number:n.fieldTypes?.number||uv.number,richtext:n.fieldTypes?.richtext||uv.richtext}),[n]),p=s.type===`custom`||!!n.fieldTypes?.[s.type],m=e.name??d,h=$g(),[g,_]=I_(m,(0,W.useMemo)(()=>p?(t,n)=>{var r;(r=e.onChange)==null||r.call(e,t,n),h.setState(Rg(h.getState(),m,t))}:e.onChange,[p,e.onChange,m,h]),{tracked:p}),v=(0,W.useMemo)(()=>V(B({},e),{field:s,label:c,labelIcon:l,Label:o,id:d,value:g,onChange:_}),[e,s,c,l,o,d,g,_]),y=(0,W.useCallback)(e=>{v.name&&(e.target.nodeName===`INPUT`||e.target.nodeName===`TEXTAREA`)&&(e.stopPropagation(),t({type:`setUi`,ui:{field:{focus:v.name}}}))},[v.name]),b=(0,W.useCallback)(e=>{`name`in e.target&&t({type:`setUi`,ui:{field:{focus:null}}})},[]),x=(0,W.useMemo)(()=>s.type!==`custom`&&s.type!==`slot`?uv[s.type]:e=>null,[s.type]),S=s.type===`custom`?s.key:void 0,C=(0,W.useMemo)(()=>{if(s.type===`custom`&&!f[s.type])return s.render?s.render:null;if(s.type!==`slot`)return f[s.type]},[s.type,S,f]),{visible:w=!0}=e.field;if(!w||s.type===`slot`)return null;if(!C)throw Error(`Field type for ${s.type} did not exist.`);return(0,G.jsx)(w_.Provider,{value:{readOnlyFields:i.readOnlyFields||r||{},localName:i.localName??v.name},children:(0,G.jsx)(`div`,{className:lv(),onFocus:y,onBlur:b,onClick:e=>{e.stopPropagation()},children:(0,G.jsx)(C,V(B({},v),{children:(0,G.jsx)(x,B({},v))}))})})}function fv(e){return(0,G.jsx)(dv,B({},e))}function pv(e){var t=e,{value:n}=t,r=Rt(t,[`value`]);let i=(0,W.useMemo)(()=>e=>(0,G.jsx)(`div`,V(B({},e),{className:cv({readOnly:r.readOnly})})),[r.readOnly]),a=$g(),o=(0,W.useCallback)(e=>{r.id&&(a.setState({[r.id]:e}),r.onChange(e))},[a,r.onChange,r.id]);return(0,W.useEffect)(()=>{r.id&&a.setState({[r.id]:n})},[r.id,n,a]),(0,G.jsx)(dv,V(B({},r),{onChange:o,Label:i}))}function mv(e){let t=sv();return e.field.type===`slot`?null:(0,G.jsx)(Qg.Provider,{value:{[t]:e.value},children:(0,G.jsx)(pv,V(B({},e),{id:t}))})}H(),H(),H(),H();var hv={DraggableComponent:`_DraggableComponent_1627v_1`,"DraggableComponent-overlayWrapper":`_DraggableComponent-overlayWrapper_1627v_6`,"DraggableComponent-overlay":`_DraggableComponent-overlay_1627v_6`,"DraggableComponent-loadingOverlay":`_DraggableComponent-loadingOverlay_1627v_38`,"DraggableComponent--hover":`_DraggableComponent--hover_1627v_54`,"DraggableComponent--isSelected":`_DraggableComponent--isSelected_1627v_72`,"DraggableComponent-actionsOverlay":`_DraggableComponent-actionsOverlay_1627v_89`,"DraggableComponent-actions":`_DraggableComponent-actions_1627v_89`,"DraggableComponent-actionsAction":`_DraggableComponent-actionsAction_1627v_111`};H();function gv(e){let t={x:0,y:0},n=e;for(;n&&n!==document.documentElement;){let e=n.parentElement;e&&(t.x+=e.scrollLeft,t.y+=e.scrollTop),n=e}return t}H();var _v=(0,W.createContext)(null),vv=(0,W.createContext)(Re(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:()=>{},unregisterRootVirtualizer:()=>{},scrollToComponent:()=>!1}))),yv=({children:e,store:t})=>(0,G.jsx)(vv.Provider,{value:t,children:e}),bv=({children:e,value:t})=>{let n=z(e=>e.dispatch),r=(0,W.useCallback)(e=>{n({type:`registerZone`,zone:e})},[n]),i=(0,W.useMemo)(()=>B({registerZone:r},t),[t]);return(0,G.jsx)(G.Fragment,{children:i&&(0,G.jsx)(_v.Provider,{value:i,children:e})})};H();var xv=(e,t=[])=>{let n=L();return(0,W.useCallback)(()=>{let t=()=>{},r=n=>{n?e(!1):(setTimeout(()=>{e(!0)},0),t&&t())},i=n.getState().state.ui.isDragging;return r(i),i&&(t=n.subscribe(e=>e.state.ui.isDragging,e=>{r(e)})),t},[n,...t])};H(),H(),H();var Sv=()=>{if(typeof window>`u`)return;let e=document.querySelector(`#preview-frame`);return e?.tagName===`IFRAME`?e.contentDocument||document:e?.ownerDocument||document};H(),H();var Cv=e=>typeof CSS<`u`&&typeof CSS.escape==`function`?CSS.escape(e):e,wv=e=>`[data-puck-component="${Cv(e)}"]`,Tv=e=>`[data-puck-dropzone="${Cv(e)}"]`,Ev={duration:250,easing:`ease`},Dv=10,Ov=e=>e.defaultView?.matchMedia(`(prefers-reduced-motion: reduce)`).matches??!1,kv=(e,{zones:t,itemId:n,targetZone:r,getExpectedOrder:i,initialExpectedOrder:a=[]},o)=>{let s=new Set(a),c=0,l=()=>{let a=e.querySelector(Tv(r)),u=i(),d=n??u.find(e=>!s.has(e)),f=d?a?.querySelector(`:scope > ${wv(d)}:not([data-dnd-dragging]):not([data-dnd-placeholder])`)??null:null,p=a?Array.from(a.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>e.getAttribute(`data-puck-component`)):[],m=new Set(p),h=u.filter(e=>m.has(e)),g=p.length===h.length&&p.every((e,t)=>e===h[t]),_=t.every(t=>t===r||!d||!e.querySelector(`${Tv(t)} > ${wv(d)}`));(!f||!g||!_)&&c<Dv?(c++,requestAnimationFrame(l)):o(f)};requestAnimationFrame(l)},Av=(e,t)=>{let n={x:0,y:0,scaleX:1,scaleY:1},r=e.ownerDocument.defaultView?.frameElement;for(;r&&r!==t;){let e=r.getBoundingClientRect(),t=r.offsetWidth?e.width/r.offsetWidth:1,i=r.offsetHeight?e.height/r.offsetHeight:1;n.x+=e.left,n.y+=e.top,n.scaleX*=t,n.scaleY*=i,r=r.ownerDocument.defaultView?.frameElement}return n},jv=(e,t)=>{let n=e.getBoundingClientRect();if(e.ownerDocument===t)return n;let r=Av(e,t.defaultView?.frameElement??null);return{left:n.left*r.scaleX+r.x,top:n.top*r.scaleY+r.y,width:n.width*r.scaleX,height:n.height*r.scaleY}},Mv=({element:e,feedbackElement:t,placeholder:n,translate:r})=>{if(Ov(t.ownerDocument))return;let i=n??e,a={frameTransform:t.ownerDocument===i.ownerDocument?null:void 0},o=new rd(t,a),s=new rd(i,a),c=Ru(ku(t).translate)??r,l={x:c.x-(o.center.x-s.center.x),y:c.y-(o.center.y-s.center.y)};return t.setAttribute(`data-dnd-dropping`,``),t.animate({translate:[`${c.x}px ${c.y}px 0`,`${l.x}px ${l.y}px 0`]},Ev).finished.catch(()=>void 0).then(()=>{t.removeAttribute(`data-dnd-dropping`)})},Nv=({feedbackElement:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=e.ownerDocument,a=Sv()??i;if(Ov(i))return;let o=e.getBoundingClientRect(),s=r(),c=e.cloneNode(!0);c.removeAttribute(`id`),c.removeAttribute(`popover`),c.removeAttribute(`data-puck-component`),c.removeAttribute(`data-puck-dnd`),c.removeAttribute(`data-dnd-dragging`),c.setAttribute(`inert`,`true`),Object.assign(c.style,{position:`fixed`,left:`${o.left}px`,top:`${o.top}px`,width:`${o.width}px`,height:`${o.height}px`,margin:`0`,overflow:`hidden`,pointerEvents:`none`,transform:`none`,transition:`none`,translate:`none`,zIndex:`2147483647`});let l=a.createElement(`style`);l.textContent=`
    ${t?`${wv(t)} { visibility: hidden !important; }`:``}
    [data-puck-overlay] { opacity: 0 !important; }
  `,a.head.appendChild(l),i.body.appendChild(c);let u=()=>{c.remove(),l.remove()};kv(a,{zones:[n],itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:s},e=>{if(!e){u();return}let n=e.getAttribute(`data-puck-component`);!t&&n&&(l.textContent+=`
          ${wv(n)} { visibility: hidden !important; }
        `);let r=jv(e,i);c.animate({left:[`${o.left}px`,`${r.left}px`],top:[`${o.top}px`,`${r.top}px`],width:[`${o.width}px`,`${r.width}px`],height:[`${o.height}px`,`${r.height}px`]},V(B({},Ev),{fill:`forwards`})).finished.catch(()=>void 0).then(u)})},Pv=(e,t)=>{let n=e.source.manager?.dragOperation;if(!((n?.canceled??!1)||n?.target?.type===`void`)&&t)Nv(V(B({},t),{feedbackElement:e.feedbackElement}));else return Mv(e)};H();var Fv=(e,t)=>e.indexes.zones[t]?.contentIds??[],Iv=(e,t)=>{let n=L();return(0,W.useCallback)(r=>{let i=Object.values(e.getState().previewIndex??{}),a=t?i.find(e=>e?.props.id===t&&!e.ghost):i.find(e=>e?.type===`insert`),o=t?a?.linePlaceholder||a?.type===`insert`:!!a;return Pv(r,a&&o?{itemId:a.type===`move`?t:void 0,targetZone:a.zone,getExpectedOrder:()=>Fv(n.getState().state,a.zone)}:void 0)},[n,e,t])};H();function Lv(e,t){typeof e==`function`?e(t):e&&typeof e==`object`&&`current`in e&&(e.current=t)}function Rv(e,t){e.forEach(e=>{Lv(e,t)})}var zv=U(`DraggableComponent`,hv),Bv=100,Vv=8,Hv=Vv*6.5,Uv=-(Hv-8),Wv=Vv,Gv=({label:e,children:t,parentAction:n})=>(0,G.jsxs)(vt,{children:[(0,G.jsxs)(vt.Group,{children:[n,e&&(0,G.jsx)(vt.Label,{label:e})]}),(0,G.jsx)(vt.Group,{children:t})]}),Kv=({children:e})=>(0,G.jsx)(G.Fragment,{children:e}),qv=({children:e,depth:t,componentType:n,id:r,index:i,zoneCompound:a,isLoading:o=!1,isSelected:s=!1,debug:c,label:l,autoDragAxis:u,userDragAxis:d,inDroppableZone:f=!0,itemRef:p})=>{let m=z(e=>e.selectedItem?.props.id===r?e.zoomConfig.zoom:1),h=z(e=>e._experimentalFullScreenCanvas),g=z(e=>e.overrides),_=z(e=>e.dispatch),v=z(e=>e.iframe),y=(0,W.useRef)(0),b=(0,W.useContext)(_v),[x,S]=(0,W.useState)({}),C=(0,W.useCallback)((e,t)=>{var n;(n=b?.registerLocalZone)==null||n.call(b,e,t),S(n=>V(B({},n),{[e]:t}))},[S]),w=(0,W.useCallback)(e=>{var t;(t=b?.unregisterLocalZone)==null||t.call(b,e),S(t=>{let n=B({},t);return delete n[e],n})},[S]),T=Object.values(x).filter(Boolean).length>0,E=z(ki(e=>e.state.indexes.nodes[r]?.path)),D=z(ki(e=>{let t=Le({index:i,zone:a},e.state);return e.permissions.getPermissions({item:t})})),O=(0,W.useContext)(vv),ee=L(),[te,ne]=(0,W.useState)(d||u),re=(0,W.useMemo)(()=>y_(te),[te]),ie=Iv(O,r),{ref:k,isDragging:A,sortable:ae}=Ng({id:r,index:i,group:a,type:`component`,data:{areaId:b?.areaId,zone:a,index:i,componentType:n,containsActiveZone:T,depth:t,path:E||[],inDroppableZone:f},collisionPriority:t,collisionDetector:re,transition:{duration:200,easing:`cubic-bezier(0.2, 0, 0, 1)`},plugins:e=>[...e,Yf.configure({feedback:`clone`,dropAnimation:ie})]});(0,W.useEffect)(()=>{let e=O.getState().enabledIndex[a];ae.droppable.disabled=!e,ae.draggable.disabled=!D.drag;let t=O.subscribe(e=>{ae.droppable.disabled=!e.enabledIndex[a]});return j.current&&!D.drag?(j.current.setAttribute(`data-puck-disabled`,``),()=>{var e;(e=j.current)==null||e.removeAttribute(`data-puck-disabled`),t()}):t},[D.drag,a]);let[,oe]=(0,W.useState)(0),j=(0,W.useRef)(null),se=(0,W.useCallback)(e=>{k(e),j.current!==e&&(j.current=e,oe(e=>e+1),p&&Rv([p],e))},[p,k]),[M,ce]=(0,W.useState)();(0,W.useEffect)(()=>{ce(v.enabled?j.current?.ownerDocument.body:j.current?.closest(`[data-puck-preview]`)??document.body)},[v.enabled]);let le=(0,W.useCallback)(()=>{if(!j.current)return;let e=j.current,t=e.getBoundingClientRect(),n=v.enabled?null:e.closest(`[data-puck-preview]`),r=(()=>{let t=e;for(;t&&t!==document.documentElement;){if(getComputedStyle(t).position===`fixed`)return!0;t=t.parentElement}return!1})(),i=n?.getBoundingClientRect(),a=n?gv(n):{x:0,y:0},o=r?{x:0,y:0}:gv(e),s=r?{x:0,y:0}:{x:o.x-a.x-(i?.left??0),y:o.y-a.y-(i?.top??0)};return{left:`${t.left+s.x}px`,top:`${t.top+s.y}px`,height:`${t.height}px`,width:`${t.width}px`,position:r?`fixed`:void 0}},[v.enabled]),[ue,N]=(0,W.useState)(),de=(0,W.useRef)(null),P=(0,W.useRef)(null),fe=(0,W.useCallback)(()=>{N(le()),p&&Rv([p],j.current)},[le,p]),pe=(0,W.useCallback)(()=>{P.current??=requestAnimationFrame(()=>{P.current=null,fe()})},[fe]);(0,W.useEffect)(()=>()=>{P.current!=null&&(cancelAnimationFrame(P.current),P.current=null)},[]),(0,W.useEffect)(()=>{if(j.current){let e=new ResizeObserver(()=>{pe()});return e.observe(j.current),()=>{e.disconnect()}}},[pe,p]);let me=z(e=>e.nodes.registerNode),he=z(e=>e.nodes.unregisterNode),F=(0,W.useCallback)(()=>{De(!1)},[]),I=(0,W.useCallback)(()=>{De(!0)},[]),ge=(0,W.useRef)({sync:()=>null,hideOverlay:()=>null,showOverlay:()=>null});(0,W.useLayoutEffect)(()=>{ge.current.sync=fe,ge.current.hideOverlay=F,ge.current.showOverlay=I},[F,I,fe]),(0,W.useEffect)(()=>(me(r,ge.current),()=>{he(r)}),[r,me,he]);let _e=(0,W.useMemo)(()=>g.actionBar||Gv,[g.actionBar]),ve=(0,W.useMemo)(()=>g.componentOverlay||Kv,[g.componentOverlay]),ye=(0,W.useCallback)(e=>{O.getState().draggedItem||(e.target.closest(`[data-puck-overlay-portal]`)||e.stopPropagation(),_(h?{type:`setUi`,ui:{itemSelector:s?null:{index:i,zone:a}}}:{type:`setUi`,ui:{itemSelector:{index:i,zone:a}}}))},[i,a,r,s,h]),be=(0,W.useCallback)(()=>{let{nodes:e,zones:t}=ee.getState().state.indexes,n=e[r],i=n?.parentId?e[n?.parentId]:null;if(!i||!n.parentId)return;let a=`${i.parentId}:${i.zone}`,o=t[a].contentIds.indexOf(n.parentId);_({type:`setUi`,ui:{itemSelector:{zone:a,index:o}}})},[b,E]),xe=(0,W.useCallback)(()=>{_({type:`duplicate`,sourceIndex:i,sourceZone:a})},[i,a]),Se=(0,W.useCallback)(()=>{_({type:`remove`,index:i,zone:a})},[i,a]),[Ce,we]=(0,W.useState)(!1),Te=Yg(vv,e=>e.hoveringComponent===r);(0,W.useEffect)(()=>{if(!j.current)return;let e=j.current,t=e=>{O.getState().draggedItem?we(!!A):we(!0),e.stopPropagation()},n=e=>{e.stopPropagation(),we(!1)};return e.setAttribute(`data-puck-component`,r),e.setAttribute(`data-puck-dnd`,r),e.style.position=`relative`,e.addEventListener(`click`,ye),e.addEventListener(`mouseover`,t),e.addEventListener(`mouseout`,n),()=>{e.removeAttribute(`data-puck-component`),e.removeAttribute(`data-puck-dnd`),e.removeEventListener(`click`,ye),e.removeEventListener(`mouseover`,t),e.removeEventListener(`mouseout`,n)}},[j.current,ye,T,a,r,A,f]);let[Ee,De]=(0,W.useState)(!1),[ke,Ae]=(0,W.useState)(!0),[je,Me]=(0,W.useTransition)();(0,W.useEffect)(()=>{Me(()=>{Ce||Te||s?(pe(),De(!0),Pe(!1)):De(!1)})},[Ce,Te,s,v]);let[Ne,Pe]=(0,W.useState)(!1),Fe=xv(e=>{e?Me(()=>{fe(),Ae(!0)}):Ae(!1)});(0,W.useEffect)(()=>{A&&Pe(!0)},[A]),(0,W.useEffect)(()=>{if(Ne)return Fe()},[Ne,Fe]),(0,W.useEffect)(()=>{if(!ke||!(s||A))return;let e=j.current;if(!e)return;let t=e.ownerDocument,n=t.defaultView;if(!n)return;y.current=0,pe();let r=()=>pe(),i=()=>pe();t.addEventListener(`scroll`,r,!0),n.addEventListener(`resize`,i);let a=0,o=e=>{if(e-y.current>=Bv){y.current=e;let t=j.current;if(t){let e=t.getBoundingClientRect(),n=de.current;(!n||Math.abs(e.x-n.x)>.5||Math.abs(e.y-n.y)>.5||Math.abs(e.width-n.width)>.5||Math.abs(e.height-n.height)>.5)&&(de.current=e,pe())}}a=requestAnimationFrame(o)};return a=requestAnimationFrame(o),()=>{t.removeEventListener(`scroll`,r,!0),n.removeEventListener(`resize`,i),cancelAnimationFrame(a)}},[ke,s,A,pe]);let Ie=(0,W.useCallback)(e=>{if(e&&e.ownerDocument.defaultView){let t=e.getBoundingClientRect(),n=t.x<0,r=t.y<0;n&&(e.style.transformOrigin=`left top`,e.style.left=`0px`),r&&(e.style.top=`12px`,n||(e.style.transformOrigin=`right top`))}},[m]),Re=(0,W.useRef)(null);(0,W.useEffect)(()=>{Ie(Re.current)},[Re.current,Ie]),(0,W.useEffect)(()=>{if(d)ne(d);else{if(j.current){let e=window.getComputedStyle(j.current);if(e.display===`inline`||e.display===`inline-block`){ne(`x`);return}}ne(u)}},[j,d,u]);let ze=R(`action-selectparent`),Be=R(`action-duplicate`),Ve=R(`action-delete`),He=(0,W.useMemo)(()=>b?.areaId&&b?.areaId!==`root`&&(0,G.jsx)(vt.Action,{onClick:be,label:ze,children:(0,G.jsx)(st,{size:16})}),[b?.areaId,ze]),Ue=(0,W.useMemo)(()=>V(B({},b),{areaId:r,zoneCompound:a,index:i,depth:t+1,registerLocalZone:C,unregisterLocalZone:w}),[b,r,a,i,t,C,w]),We=z(e=>e.currentRichText?.inlineComponentId===r?e.currentRichText:null),Ge=D.duplicate||D.delete;return(0,G.jsxs)(bv,{value:Ue,children:[ke&&Ee&&(0,si.createPortal)((0,G.jsxs)(`div`,{className:zv({isSelected:s,isDragging:A,hover:Ce||Te}),style:B({},ue),"data-puck-overlay":!0,children:[c,o&&(0,G.jsx)(`div`,{className:zv(`loadingOverlay`),children:(0,G.jsx)(Oe,{})}),(0,G.jsx)(`div`,{className:zv(`actionsOverlay`),style:{top:Hv/m},children:(0,G.jsx)(`div`,{className:zv(`actions`),style:{transform:`scale(${1/m}`,top:Uv/m,right:0,paddingLeft:Wv,paddingRight:Wv},ref:Re,children:(0,G.jsxs)(_e,{parentAction:He,label:l,children:[We&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(oi,{editor:We.editor,field:We.field,inline:!0,readOnly:!1}),Ge&&(0,G.jsx)(vt.Separator,{})]}),D.duplicate&&(0,G.jsx)(vt.Action,{onClick:xe,label:Be,children:(0,G.jsx)(ct,{className:zv(`actionsAction`)})}),D.delete&&(0,G.jsx)(vt.Action,{onClick:Se,label:Ve,children:(0,G.jsx)(wt,{className:zv(`actionsAction`)})})]})})}),(0,G.jsx)(`div`,{className:zv(`overlayWrapper`),children:(0,G.jsx)(ve,{componentId:r,componentType:n,hover:Ce,isSelected:s,children:(0,G.jsx)(`div`,{className:zv(`overlay`)})})})]}),M||document.body),e(se)]})};H();var Jv={DropZone:`_DropZone_wc2ks_1`,"DropZone--hasChildren":`_DropZone--hasChildren_wc2ks_11`,"DropZone--isAreaSelected":`_DropZone--isAreaSelected_wc2ks_24`,"DropZone--hoveringOverArea":`_DropZone--hoveringOverArea_wc2ks_25`,"DropZone--isRootZone":`_DropZone--isRootZone_wc2ks_25`,"DropZone-item":`_DropZone-item_wc2ks_39`,"DropZone-linePlaceholder":`_DropZone-linePlaceholder_wc2ks_43`,"DropZone-hitbox":`_DropZone-hitbox_wc2ks_55`,"DropZone--isEnabled":`_DropZone--isEnabled_wc2ks_63`,"DropZone--isAnimating":`_DropZone--isAnimating_wc2ks_74`};H();var Yv=(e,{allow:t,disallow:n})=>{if(!e)return!0;let r=new Set(t),i=new Set(n);return n?(i.has(e)&&r.has(e)&&i.delete(e),!i.has(e)):!t||r.has(e)};H(),H();var Xv={Drawer:`_Drawer_1n90m_1`,"Drawer-draggable":`_Drawer-draggable_1n90m_8`,"Drawer-draggableBg":`_Drawer-draggableBg_1n90m_12`,"DrawerItem-draggable":`_DrawerItem-draggable_1n90m_22`,"DrawerItem--disabled":`_DrawerItem--disabled_1n90m_38`,DrawerItem:`_DrawerItem_1n90m_22`,"Drawer--isDraggingFrom":`_Drawer--isDraggingFrom_1n90m_48`,"DrawerItem-name":`_DrawerItem-name_1n90m_72`};H(),H(),H();function Zv(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function Qv(e,t){let n=()=>performance.now(),r,i=0;return function(...a){let o=n(),s=this;o-i>=t?(e.apply(s,a),i=o):(r?.(),r=Zv(()=>{e.apply(s,a),i=n()},t-(o-i)))}}H();var $v=class{constructor(e,t){this.scaleFactor=1,this.frameEl=null,this.frameRect=null,this.target=e,this.original=t,this.frameEl=document.querySelector(`iframe#preview-frame`),this.frameEl&&(this.frameRect=this.frameEl.getBoundingClientRect(),this.scaleFactor=this.frameRect.width/(this.frameEl.contentWindow?.innerWidth||1))}get x(){return this.original.x}get y(){return this.original.y}get global(){return document!==this.target.ownerDocument&&this.frameRect?{x:this.x*this.scaleFactor+this.frameRect.left,y:this.y*this.scaleFactor+this.frameRect.top}:this.original}get frame(){return document===this.target.ownerDocument&&this.frameRect?{x:(this.x-this.frameRect.left)/this.scaleFactor,y:(this.y-this.frameRect.top)/this.scaleFactor}:this.original}};H();var ey=typeof PointerEvent<`u`?PointerEvent:Event,ty=class extends ey{constructor(e,t){super(e,t),this._originalTarget=null,this.originalTarget=t.originalTarget}set originalTarget(e){this._originalTarget=e}get originalTarget(){return this._originalTarget}},ny=e=>e.sort((e,t)=>{let n=e.data,r=t.data;return n.depth>r.depth?1:r.depth>n.depth?-1:0}),ry=e=>{let t=e?.id;if(!e)return null;if(e.type===`component`){let n=e.data;t=n.containsActiveZone?null:n.zone}else if(e.type===`void`)return`void`;return t},iy=6,ay=(e,t)=>{let n=[],r=e.target.ownerDocument.elementsFromPoint(e.x,e.y),i=r.find(e=>e.getAttribute(`data-puck-preview`)),a=r.find(e=>e.getAttribute(`data-puck-drawer`));if(a&&(r=[a]),i){let t=Sv();t&&(r=t.elementsFromPoint(e.frame.x,e.frame.y))}if(r)for(let i=0;i<r.length;i++){let a=r[i],o=a.getAttribute(`data-puck-dropzone`),s=a.getAttribute(`data-puck-dnd`),c=a.hasAttribute(`data-puck-dnd-void`);if(iy&&(o||s)&&!c){let t=a.getBoundingClientRect(),n={left:t.left+iy,right:t.right-iy,top:t.top+iy,bottom:t.bottom-iy};if(e.frame.x<n.left||e.frame.x>n.right||e.frame.y>n.bottom||e.frame.y<n.top)continue}if(o){let e=t.registry.droppables.get(o);e&&n.push(e)}if(s){let e=t.registry.droppables.get(s);e&&n.push(e)}}return n},oy=(e,t)=>{let n=ay(e,t);if(n.length>0){let e=ny(n),r=t.dragOperation.source,i=e.findIndex(e=>e.id===r?.id),a=r?.id,o=[...e];a&&i>-1&&o.splice(i,1),o=o.filter(e=>{let t=e.data;if(a&&i>-1&&t.path.indexOf(a)>-1)return!1;if(e.type===`dropzone`){let t=e.data;if(!t.isDroppableTarget||t.areaId===a)return!1}else if(e.type===`component`&&!e.data.inDroppableZone)return!1;return!0}),o.reverse();let s=o[0];if(!s)return{zone:null,area:null};let c=s.data,l=`containsActiveZone`in c;return{zone:ry(s),area:l&&c.containsActiveZone?o[0].id:o[0]?.data.areaId}}return{zone:De,area:Je}},sy=({onChange:e},t)=>class extends ys{constructor(n,r){super(n),typeof window<`u`&&this.registerEffect(()=>{let r=Qv(r=>{let i=new $v(r instanceof ty&&r.originalTarget||r.target,{x:r.clientX,y:r.clientY});document.elementsFromPoint(i.global.x,i.global.y).some(e=>e.id===t)&&e(oy(i,n),n)},50),i=e=>{r(e)};return document.body.addEventListener(`pointermove`,i,{capture:!0}),()=>{document.body.removeEventListener(`pointermove`,i,{capture:!0})}})}};H();var cy=({zones:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=Sv();if(!i||Ov(i))return()=>{};let a=Array.from(new Set(e)).map(e=>`${Tv(e)} > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`).join(`, `),o=()=>{let e=new Map;return i.querySelectorAll(a).forEach(n=>{let r=n.getAttribute(`data-puck-component`);r&&r!==t&&e.set(r,{el:n,rect:n.getBoundingClientRect()})}),e},s=o(),c=r();return()=>{kv(i,{zones:e,itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:c},()=>{o().forEach(({el:e,rect:t},n)=>{let r=s.get(n)?.rect;if(!r)return;let i=r.x-t.x,a=r.y-t.y;Math.abs(i)<1&&Math.abs(a)<1||e.animate({translate:[`${i}px ${a}px 0`,`0px 0px 0`]},Ev)})})}};H();var ly=(e,{isDraggingBetweenSlots:t=!1,isNewComponent:n=!1}={})=>e===`auto`?t||n?`static`:`fluid`:e;H(),H(),H();var uy=(e,t)=>{let n=e.indexes.nodes[t];if(!n)return;let r=`${n.parentId}:${n.zone}`;return{zone:r,index:e.indexes.zones[r].contentIds.indexOf(t)}};function dy(e,t,n=`force`,r=!1,i){return Lt(this,null,function*(){let a=yield t().resolveComponentData(e,n);if(!a.didChange&&!r)return;let o=uy(t().state,a.node.props.id);o?t().dispatch({type:`replace`,data:Te(a.node),destinationIndex:o.index,destinationZone:o.zone,ui:i}):console.warn(`Warning: Could not find component with id "${e.props.id}" to resolve its data. Component may have been removed or the id is invalid.`)})}var fy=(e,t,n,r)=>Lt(null,null,function*(){let{getState:i}=r,a={type:`insert`,componentType:e,destinationIndex:n,destinationZone:t,id:Fe(e)},o=i().state,s=Ce(o,a,i()),c=i().dispatch;c(V(B({},a),{recordHistory:!0}));let l={index:n,zone:t};c({type:`setUi`,ui:{itemSelector:l}});let u=Le(l,s);u&&(yield dy(u,i,`insert`))});H();var py=(e,t,n,r)=>Lt(null,null,function*(){let i=r.getState().dispatch;i({type:`move`,sourceIndex:t.index,sourceZone:t.zone??De,destinationIndex:n.index,destinationZone:n.zone??De,recordHistory:!1});let a=r.getState().state.indexes.nodes[e]?.data;a&&(yield dy(a,r.getState,`move`))});H();function my(e){function t(e){return e?e.getAttribute(`dir`)||t(e.parentElement):`ltr`}return e?t(e):`ltr`}H(),H(),H();var hy=(e,t,n)=>Math.max(t,Math.min(n,e)),gy=(e,t)=>{let n=hy(e.x,Math.min(t.x1,t.x2),Math.max(t.x1,t.x2)),r=hy(e.y,Math.min(t.y1,t.y2),Math.max(t.y1,t.y2));return Math.hypot(e.x-n,e.y-r)};H();var _y=e=>{let t=e.replace(/\[[^\]]*\]/g,` `).trim();return t&&t!==`none`?t.split(/\s+/).length:0},vy=(e,t,n=t.getComputedStyle(e))=>{let r=n.display,i=my(e)===`rtl`;if(r===`flex`||r===`inline-flex`){let e=n.flexDirection;if(e.startsWith(`row`)){let t=e===`row-reverse`;return{axis:`x`,reversed:i?!t:t}}return{axis:`y`,reversed:e===`column-reverse`}}return(r===`grid`||r===`inline-grid`)&&(n.gridAutoFlow.startsWith(`column`)||_y(n.gridTemplateColumns)>1)?{axis:`x`,reversed:i}:{axis:`y`,reversed:!1}},yy=({axis:e,reversed:t})=>{let n=e===`x`,r=t?-1:1;return{horizontal:n,reversed:t,forward:r,start:e=>n?t?e.right:e.left:t?e.bottom:e.top,end:e=>n?t?e.left:e.right:t?e.top:e.bottom,isBefore:(e,t)=>r>0?e<=t:e>=t}},by=(e,t,n)=>{let r=e.ownerDocument.defaultView;if(!r)return null;let i=new Map(n.map((e,t)=>[e,t])),a=Array.from(e.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>({index:i.get(e.getAttribute(`data-puck-component`)??``)??-1,el:e})).filter(e=>e.index!==-1).sort((e,t)=>e.index-t.index).map(({index:e,el:t})=>({index:e,rect:t.getBoundingClientRect()}));if(a.length===0)return 0;let{horizontal:o,reversed:s,start:c,end:l}=yy(vy(e,r)),u=(e,t,n,r=[n])=>{let i=1/0,a=-1/0;for(let e of r)i=Math.min(i,o?e.top:e.left),a=Math.max(a,o?e.bottom:e.right);return o?{index:e,x1:t,x2:t,y1:n.top,y2:n.bottom,laneStart:i,laneEnd:a}:{index:e,x1:n.left,x2:n.right,y1:t,y2:t,laneStart:i,laneEnd:a}},d=[],f=(e,t,n)=>{let r=n===`before`?c(t):l(t);return u(e,r,t)};for(let e=0;e<=a.length;e++){let t=a[e-1],n=a[e];if(!n)d.push(f(t.index+1,t.rect,`after`));else if(!t)d.push(f(n.index,n.rect,`before`));else if(n.index-t.index>1)d.push(f(t.index+1,t.rect,`after`)),d.push(f(n.index,n.rect,`before`));else if(s?l(t.rect)<c(n.rect):l(t.rect)>c(n.rect))d.push(f(n.index,n.rect,`before`)),d.push(f(n.index,t.rect,`after`));else{let e=(l(t.rect)+c(n.rect))/2;d.push(u(n.index,e,n.rect,[t.rect,n.rect]))}}let p=o?t.y:t.x,m=null,h=1/0,g=null,_=1/0;for(let e of d){let n=gy(t,e);n<h&&(h=n,m=e),p>=e.laneStart&&p<=e.laneEnd&&n<_&&(_=n,g=e)}return(g??m)?.index??null};H();var xy=(e,t)=>{let n=document.querySelector(`iframe#preview-frame`);if(!n||e.ownerDocument!==n.contentDocument)return t;let r=n.getBoundingClientRect(),i=r.width/(n.contentWindow?.innerWidth||1);return i>0?{x:(t.x-r.left)/i,y:(t.y-r.top)/i}:t},Sy=e=>{let t=L(),n=(0,W.useRef)(null),r=(0,W.useCallback)(e=>{let t=Sv()?.querySelector(`[data-puck-entry]`);e?t?.setAttribute(`data-puck-line-drag`,`true`):t?.removeAttribute(`data-puck-line-drag`)},[]),i=(0,W.useCallback)((e,n)=>{let r=Sv()?.querySelector(Tv(e));return r?by(r,xy(r,n.dragOperation.position.current),Fv(t.getState().state,e)):null},[t]),a=(0,W.useCallback)(n=>{let{previewIndex:r={}}=e.getState(),i=Object.values(r).find(e=>e?.linePlaceholder);if(!i)return;let a=Sv()?.querySelector(Tv(i.zone));if(!a)return;let o=xy(a,n.dragOperation.position.current),s=a.getBoundingClientRect();if(!(o.x>=s.left&&o.x<=s.right&&o.y>=s.top&&o.y<=s.bottom))return;let c=by(a,o,Fv(t.getState().state,i.zone));c!==null&&c!==i.index&&e.setState({previewIndex:V(B({},r),{[i.zone]:V(B({},i),{index:c})})})},[t,e]),o=(0,W.useCallback)(()=>{var e;(e=n.current)==null||e.call(n),n.current=null},[]),s=(0,W.useCallback)(e=>{o();let t=Sv();if(!t)return;let r=null,i=()=>{r===null&&(r=requestAnimationFrame(()=>{r=null,a(e)}))};t.addEventListener(`scroll`,i,{capture:!0,passive:!0}),n.current=()=>{r!==null&&cancelAnimationFrame(r),t.removeEventListener(`scroll`,i,{capture:!0})}},[o,a]);return(0,W.useEffect)(()=>o,[o]),{getTargetIndex:i,setActive:r,startScrollTracking:s,stopScrollTracking:o,update:a}},Cy=(0,W.createContext)({dragListeners:{}});function wy(e,t,n=[]){let{setDragListeners:r}=(0,W.useContext)(Cy);(0,W.useEffect)(()=>{r&&r(n=>V(B({},n),{[e]:[...n[e]||[],t]}))},n)}var Ty=100,Ey=e=>{let t=(0,W.useRef)(null);return(0,W.useCallback)(n=>{__.setState({fallbackEnabled:!1});let r=Fe();t.current=r,setTimeout(()=>{t.current===r&&(__.setState({fallbackEnabled:!0}),n.collisionObserver.forceUpdate(!0))},e)},[])},Dy=({children:e,disableAutoScroll:t,behavior:n=`auto`})=>{let r=z(e=>e.dispatch),i=z(e=>e.instanceId),a=L(),o=(0,W.useRef)(null),s=Ey(100),[c]=(0,W.useState)(()=>{let e=new Map;return Re(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:(t,n)=>{e.set(t,n)},unregisterRootVirtualizer:t=>{e.delete(t)},scrollToComponent:t=>{let n=Array.from(e.values());if(n.length>0)for(let e of n){let n=e.resolveIndex(t);n<0||e.virtualizer.scrollToIndex(n,{behavior:`auto`,align:`auto`})}else(Sv()?.querySelector(wv(t)))?.scrollIntoView({behavior:`smooth`})}}))}),l=(0,W.useCallback)(e=>{let{zoneDepthIndex:t={},areaDepthIndex:n={}}=c.getState()||{},r=Object.keys(t).length>0,i=Object.keys(n).length>0,a=!1,o=!1;return(e.zone&&!t[e.zone]||!e.zone&&r)&&(a=!0),(e.area&&!n[e.area]||!e.area&&i)&&(o=!0),{zoneChanged:a,areaChanged:o}},[c]),u=(0,W.useCallback)((e,t)=>{let{zoneChanged:n,areaChanged:r}=l(e);(n||r)&&(c.setState({zoneDepthIndex:e.zone?{[e.zone]:!0}:{},areaDepthIndex:e.area?{[e.area]:!0}:{}}),s(t),setTimeout(()=>{t.collisionObserver.forceUpdate(!0)},50),o.current=null)},[c]),d=ci(u,Ty),f=()=>{d.cancel(),o.current=null};(0,W.useEffect)(()=>{},[]);let[p]=(0,W.useState)(()=>[...t?Jp.plugins.filter(e=>e!==xp):Jp.plugins,sy({onChange:(e,t)=>{let n=c.getState(),{zoneChanged:r,areaChanged:i}=l(e),a=t.dragOperation.status.dragging;if(i||r){let t={},n={};e.zone&&(t={[e.zone]:!0}),e.area&&(n={[e.area]:!0}),c.setState({nextZoneDepthIndex:t,nextAreaDepthIndex:n})}if(e.zone!==`void`&&n?.zoneDepthIndex.void)u(e,t);else if(i){if(a){let n=o.current;n&&n.area===e.area&&n.zone===e.zone||(f(),d(e,t),o.current=e)}else f(),u(e,t)}else r&&u(e,t),f()}},i)]),m=s_(),[h,g]=(0,W.useState)({}),_=(0,W.useRef)(null),v=(0,W.useRef)(void 0),{getTargetIndex:y,setActive:b,startScrollTracking:x,stopScrollTracking:S,update:C}=Sy(c),w=(0,W.useMemo)(()=>({mode:`edit`,areaId:`root`,depth:0}),[]);return(0,G.jsx)(Cy.Provider,{value:{dragListeners:h,setDragListeners:g},children:(0,G.jsx)(Im,{plugins:p,sensors:m,onDragEnd:(e,t)=>{S(),(Sv()?.querySelector(`[data-puck-entry]`))?.removeAttribute(`data-puck-dragging`);let{source:n,target:i}=e.operation;if(!n){b(!1),c.setState({draggedItem:null});return}let{zone:o,index:s}=n.data,{previewIndex:l={}}=c.getState()||{},u=Object.values(l).find(e=>e?.props.id===n.id&&!e.ghost)??null,d=!e.canceled&&i?.type!==`void`&&u?.linePlaceholder?cy({zones:v.current?[v.current.zone,u.zone]:[u.zone],itemId:u.type===`move`?u.props.id:void 0,targetZone:u.zone,getExpectedOrder:()=>Fv(a.getState().state,u.zone)}):null,f=()=>{var n,l;if(b(!1),c.setState({draggedItem:null}),e.canceled||i?.type===`void`){c.setState({previewIndex:{}}),(n=h.dragend)==null||n.forEach(n=>{n(e,t)}),r({type:`setUi`,ui:{itemSelector:null,isDragging:!1}});return}let f=u&&u.linePlaceholder&&v.current&&u.zone===v.current.zone&&u.index>v.current.index?u.index-1:u?.index??s;u&&(c.setState({previewIndex:{}}),u.type===`insert`?fy(u.componentType,u.zone,u.index,a):v.current&&py(u.props.id,v.current,V(B({},u),{index:f}),a),d?.());let p=v.current?.zone!==u?.zone||v.current?.index!==f;r({type:`setUi`,ui:{itemSelector:u?{index:f,zone:u.zone}:{index:s,zone:o},isDragging:!1},recordHistory:p}),(l=h.dragend)==null||l.forEach(n=>{n(e,t)})},p;p=ea(()=>{n.status===`idle`&&(f(),p?.())})},onDragMove:(e,t)=>{var n;C(t),(n=h.dragmove)==null||n.forEach(n=>{n(e,t)})},onDragOver:(e,t)=>{var r;if(e.preventDefault(),!c.getState()?.draggedItem)return;f();let{source:i,target:o}=e.operation;if(!o||!i||o.type===`void`)return;let[s]=i.id.split(`:`),[l]=o.id.split(`:`),u=i.data,d=u.zone,p=u.index,m=``,g=0;if(o.type===`component`){let e=o.data;m=e.zone;let n=t.collisionObserver.collisions[0]?.data;g=x_({position:b_(n?.direction,my(o.element)),sourceIndex:p,targetIndex:e.index,isSameZone:d===m})}else m=o.id.toString(),g=0;let x=a.getState().state.indexes.nodes[o.id]?.path||[];if(!(l===s||x.find(e=>{let[t]=e.split(`:`);return t===s}))){if(_.current===`new`){let e=ly(n,{isNewComponent:!0})===`static`;e&&(g=y(m,t)??g),b(e),c.setState({previewIndex:{[m]:{componentType:u.componentType,type:`insert`,index:g,zone:m,element:i.element,props:{id:i.id.toString()},linePlaceholder:e}}})}else{v.current||={zone:u.zone,index:u.index};let e=Le(v.current,a.getState().state);if(e){let r=v.current.zone,a=r!==m,o=ly(n,{isDraggingBetweenSlots:a})===`static`;o&&(g=y(m,t)??g),b(o);let s={[m]:{componentType:u.componentType,type:`move`,index:g,zone:m,props:e.props,element:i.element,linePlaceholder:o}};if(o&&a){let t=c.getState().previewIndex[r],n=v.current.index;t&&!t.linePlaceholder&&(n=t.index),s[r]={componentType:u.componentType,type:`move`,index:n,zone:r,props:e.props,element:i.element,ghost:!0}}c.setState({previewIndex:s})}}(r=h.dragover)==null||r.forEach(n=>{n(e,t)})}},onDragStart:(e,t)=>{var r;n!==`fluid`&&x(t);let{source:i}=e.operation;if(i?.type===`component`){let e=i.data,t={zone:e.zone,index:e.index};v.current=t;let r=Le(t,a.getState().state);if(r){let t=ly(n)===`static`;b(t),c.setState({previewIndex:{[e.zone]:{componentType:e.componentType,type:`move`,index:e.index,zone:e.zone,props:r.props,element:i.element,linePlaceholder:t}}})}}(r=h.dragstart)==null||r.forEach(n=>{n(e,t)})},onBeforeDragStart:e=>{let t=e.operation.source?.type===`drawer`;_.current=t?`new`:`existing`,v.current=void 0,c.setState({draggedItem:e.operation.source}),a.getState().selectedItem?.props.id===e.operation.source?.id?r({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}):r({type:`setUi`,ui:{itemSelector:null,isDragging:!0},recordHistory:!1}),(Sv()?.querySelector(`[data-puck-entry]`))?.setAttribute(`data-puck-dragging`,`true`),b(!1)},children:(0,G.jsx)(yv,{store:c,children:(0,G.jsx)(bv,{value:w,children:e})})})})},Oy=({children:e,disableAutoScroll:t,behavior:n})=>z(e=>e.status)===`LOADING`?e:(0,G.jsx)(Dy,{disableAutoScroll:t,behavior:n,children:e}),ky=U(`Drawer`,Xv),Ay=U(`DrawerItem`,Xv),jy=({children:e,name:t,label:n,dragRef:r,isDragDisabled:i})=>{let a=(0,W.useMemo)(()=>e||(({children:e})=>(0,G.jsx)(`div`,{className:Ay(`default`),children:e})),[e]);return(0,G.jsx)(`div`,{className:Ay({disabled:i}),ref:r,onMouseDown:e=>e.preventDefault(),"data-testid":r?`drawer-item:${t}`:``,"data-puck-drawer-item":!0,children:(0,G.jsx)(a,{name:t,children:(0,G.jsx)(`div`,{className:Ay(`draggableWrapper`),children:(0,G.jsxs)(`div`,{className:Ay(`draggable`),children:[(0,G.jsx)(`div`,{className:Ay(`name`),children:n??t}),(0,G.jsx)(`div`,{className:Ay(`icon`),children:(0,G.jsx)(n_,{})})]})})})})},My=({children:e,name:t,label:n,id:r,isDragDisabled:i})=>{let a=Iv((0,W.useContext)(vv)),{ref:o}=Bm({id:r,data:{componentType:t},disabled:i,type:`drawer`,plugins:[Yf.configure({dropAnimation:a})]});return(0,G.jsxs)(`div`,{className:ky(`draggable`),children:[(0,G.jsx)(`div`,{className:ky(`draggableBg`),children:(0,G.jsx)(jy,{name:t,label:n,children:e})}),(0,G.jsx)(`div`,{className:ky(`draggableFg`),children:(0,G.jsx)(jy,{name:t,label:n,dragRef:o,isDragDisabled:i,children:e})})]})},Ny=({name:e,children:t,id:n,label:r,index:i,isDragDisabled:a})=>{let o=n||e,[s,c]=(0,W.useState)(Fe(o));return i!==void 0&&console.error("Warning: The `index` prop on Drawer.Item is deprecated and no longer required."),wy(`dragend`,()=>{c(Fe(o))},[o]),(0,G.jsx)(`div`,{children:(0,G.jsx)(My,{name:e,label:r,id:s,isDragDisabled:a,children:t})},s)},Py=({children:e,droppableId:t,direction:n})=>{t&&console.error("Warning: The `droppableId` prop on Drawer is deprecated and no longer required."),n&&console.error("Warning: The `direction` prop on Drawer is deprecated and no longer required to achieve multi-directional dragging.");let r=sv(),{ref:i}=gh({id:r,type:`void`,collisionPriority:0});return(0,G.jsx)(`div`,{className:ky(),ref:i,"data-puck-dnd":r,"data-puck-drawer":!0,"data-puck-dnd-void":!0,children:e})};Py.Item=Ny,H();var Fy=(e,t)=>e.getState().state.indexes.zones[t].contentIds.length,Iy=({zoneCompound:e,userMinEmptyHeight:t,ref:n})=>{let r=L(),[i,a]=(0,W.useState)(0),[o,s]=(0,W.useState)(!1),{draggedItem:c,isZone:l}=Yg(vv,t=>({draggedItem:t.draggedItem?.data.zone===e?t.draggedItem:null,isZone:t.draggedItem?.data.zone===e})),u=(0,W.useRef)(0),d=xv(t=>{if(t){let t=Fy(r,e);if(a(0),t||u.current===0){s(!1);return}let n=r.getState().selectedItem,i=r.getState().state.indexes.zones,o=r.getState().nodes;o.setOverlayVisible(n?.props.id,!1),setTimeout(()=>{let t=i[e]?.contentIds||[];o.syncNodes(t),n&&setTimeout(()=>{o.syncNode(n.props.id),o.setOverlayVisible(n.props.id,!0)},200),s(!1)},100)}},[r,i,e]);(0,W.useEffect)(()=>{if(c&&n.current&&l){let t=n.current.getBoundingClientRect();return u.current=Fy(r,e),a(t.height),s(!0),d()}},[n.current,c,d]);let f=isNaN(Number(t))?t:`${t}px`;return[i?`${i}px`:f,o]};H(),H();function Ly(e,t){let n=Rm();return(0,W.useCallback)((...t)=>Lt(null,null,function*(){return yield n?.renderer.rendering,e(...t)}),[...t,n])}var Ry=(e,t)=>{let n=(0,W.useContext)(vv),r=Yg(vv,e=>e.previewIndex[t]),i=z(e=>e.state.ui.isDragging),[a,o]=(0,W.useState)(e),[s,c]=(0,W.useState)(r),l=Ly((e,t,n,r,i,a)=>{(!n||i)&&(t&&!t.linePlaceholder?o(Be(e.filter(e=>e!==t.props.id),t.index,t.props.id)):o(i&&!a?e.filter(e=>e!==r):e),c(t))},[]);return(0,W.useEffect)(()=>{let t=n.getState(),a=t.draggedItem?.id,o=Object.values(t.previewIndex||{}),s=o.length>0,c=o.some(e=>e?.linePlaceholder);l(e,r,i,a,s,c)},[e,r,i]),[a,s]};H();var zy=`dynamic`,By=`x`,Vy=`y`,Hy=(e,t)=>{let n=z(e=>e.status),[r,i]=(0,W.useState)(t||Vy),a=(0,W.useCallback)(()=>{if(e.current){let t=window.getComputedStyle(e.current);t.display===`grid`?i(zy):t.display===`flex`&&t.flexDirection===`row`?i(By):i(Vy)}},[e.current]);return(0,W.useEffect)(()=>{let e=()=>{a()};return window.addEventListener(`viewportchange`,e),()=>{window.removeEventListener(`viewportchange`,e)}},[]),(0,W.useEffect)(a,[n,t]),[r,a]};H();var Uy=({componentId:e,zone:t})=>{let n=z(e=>e.config),r=z(e=>e.metadata),i=z(ki(n=>{let r=n.state.indexes;return(r.zones[`${e}:${t}`]?.contentIds??[]).map(e=>r.nodes[e].flatData)}));return(0,G.jsx)(xi,{content:i,zone:t,config:n,metadata:r})};H();function Wy(e,t,n,r,i){let a=(0,W.useRef)(null),o=(0,W.useRef)(null),s=(0,W.useRef)(t.props),c=(0,W.useMemo)(()=>pi(n,r,i),[n,r,i]),l=(0,W.useMemo)(()=>{let n=(t.type===`root`?e.root:e.components?.[t.type])?.fields??{},r=a.current!==c,i,l=!1;if(!o.current||r)for(let e in t.props)n[e]?.type===`slot`&&(l=!0);else{i=[`id`];let e=new Set([...Object.keys(t.props),...Object.keys(o.current)]);for(let r of e)t.props[r]!==o.current[r]&&(i.push(r),n[r]?.type===`slot`&&(l=!0))}let u=ye(t,c,e,!1,l,i).props;return o.current=t.props,a.current=c,s.current=i?B(B({},s.current),u):u,s.current},[e,t,c]);return(0,W.useMemo)(()=>B(B({},t.props),l),[t.props,l])}H(),H(),H();var Gy=(e,t={})=>{if(!e)return;let{disableDrag:n=!1,disableDragOnFocus:r=!0}=t,i=e=>{e.stopPropagation()};e.addEventListener(`mouseover`,i,{capture:!0});let a=()=>{setTimeout(()=>{e.addEventListener(`pointerdown`,i,{capture:!0})},200)},o=()=>{e.removeEventListener(`pointerdown`,i,{capture:!0})};return n?e.addEventListener(`pointerdown`,i,{capture:!0}):r&&(e.addEventListener(`focus`,a,{capture:!0}),e.addEventListener(`blur`,o,{capture:!0})),e.setAttribute(`data-puck-overlay-portal`,`true`),()=>{e.removeEventListener(`mouseover`,i,{capture:!0}),n?e.removeEventListener(`pointerdown`,i,{capture:!0}):r&&(e.removeEventListener(`focus`,a,{capture:!0}),e.removeEventListener(`blur`,o,{capture:!0})),e.removeAttribute(`data-puck-overlay-portal`)}};H();var Ky=U(`InlineTextField`,{InlineTextField:`_InlineTextField_104qp_1`}),qy=(0,W.memo)(({propPath:e,componentId:t,value:n,isReadOnly:r,opts:i={}})=>{let a=(0,W.useRef)(null),o=L(),s=i.disableLineBreaks??!1;(0,W.useEffect)(()=>{let r=o.getState(),i=r.state.indexes.nodes[t].data;if(!r.getComponentConfig(i.type))throw Error(`InlineTextField Error: No config defined for ${i.type}`);if(a.current){let r=n??``;r!==a.current.innerText&&a.current.replaceChildren(r);let i=Gy(a.current),c=n=>Lt(null,null,function*(){let r=o.getState().state.indexes.nodes[t],i=n.target.innerText;s&&(i=i.replaceAll(/\n/gm,``));let a=Rg(r.data.props,e,i);yield dy(V(B({},r.data),{props:a}),o.getState,`replace`,!0)});return a.current.addEventListener(`input`,c),()=>{var e;(e=a.current)==null||e.removeEventListener(`input`,c),i?.()}}},[o,a.current,n,s]);let[c,l]=(0,W.useState)(!1),[u,d]=(0,W.useState)(!1);return(0,G.jsx)(`span`,{className:Ky(),ref:a,contentEditable:c||u?`plaintext-only`:`false`,onClick:e=>{e.preventDefault(),e.stopPropagation()},onClickCapture:e=>{e.preventDefault(),e.stopPropagation();let n=uy(o.getState().state,t);o.getState().setUi({itemSelector:n})},onKeyDown:e=>{e.stopPropagation(),(s&&e.key===`Enter`||r)&&e.preventDefault()},onKeyUp:e=>{e.stopPropagation(),e.preventDefault()},onMouseOverCapture:()=>l(!0),onMouseOutCapture:()=>l(!1),onFocus:()=>d(!0),onBlur:()=>d(!1)})}),Jy=()=>({text:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,G.jsx)(qy,{propPath:r,componentId:t,value:e,opts:{disableLineBreaks:!0},isReadOnly:i}):e,textarea:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,G.jsx)(qy,{propPath:r,componentId:t,value:e,isReadOnly:i}):e,custom:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable&&typeof e==`string`?(0,G.jsx)(qy,{propPath:r,componentId:t,value:e,isReadOnly:i}):e});H();var Yy=(0,W.lazy)(()=>ce(()=>import(`./Editor-44C53YAG-Dv3Lw1kp.js`).then(e=>({default:e.Editor})),__vite__mapDeps([25,23,4,5,19,20,24,1,2,3,6,7,8,9,10,11,12,13,14,15,16,17,18,21]))),Xy=(0,W.lazy)(()=>ce(()=>import(`./Render-DQXAYUBI-D0PBEKkG.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([22,23,4,5,19,20,24]))),Zy=(0,W.memo)(({value:e,componentId:t,propPath:n,field:r,id:i})=>{let a=(0,W.useRef)(null),o=L(),s=e=>{e.preventDefault(),e.stopPropagation()},c=e=>{e.preventDefault(),e.stopPropagation();let n=uy(o.getState().state,t);o.getState().setUi({itemSelector:n})};(0,W.useEffect)(()=>{if(!a.current)return;let e=Gy(a.current,{disableDragOnFocus:!0});return()=>e?.()},[a.current]);let l=(0,W.useCallback)((e,r)=>Lt(null,null,function*(){let i=o.getState().state.indexes.nodes[t],a=Rg(i.data.props,n,e);yield dy(V(B({},i.data),{props:a}),o.getState,`replace`,!0,r)}),[o,t,n]),u=(0,W.useCallback)(e=>{o.setState({currentRichText:{inlineComponentId:t,inline:!0,field:r,editor:e,id:i}})},[r,t]);if(!r.contentEditable)return(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(_i,{content:e}),children:(0,G.jsx)(Xy,{content:e,field:r})});let d={content:e,onChange:l,field:r,inline:!0,onFocus:u,id:i,name:n};return(0,G.jsx)(`div`,{ref:a,onClick:s,onClickCapture:c,children:(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(nv,B({},d)),children:(0,G.jsx)(Yy,B({},d))})})});Zy.displayName=`InlineEditorWrapper`;var Qy=()=>({richtext:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>{let{contentEditable:a=!0,tiptap:o}=n;if(a===!1||i)return(0,G.jsx)(Xy,{content:e,field:n});let s=`${t}_${n.type}_${r}`;return(0,G.jsx)(Zy,{value:e,componentId:t,propPath:r,field:n,id:s},s)}});H(),H();function $y(e,t,n=[]){if(Object.is(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t))return!1;let r=new Set(n),i=Object.keys(e).filter(e=>!r.has(e)),a=Object.keys(t).filter(e=>!r.has(e));if(i.length!==a.length)return!1;for(let n=0;n<i.length;n++){let r=i[n];if(!Object.prototype.hasOwnProperty.call(t,r))return!1;let a=e[r],o=t[r];if(!Object.is(a,o))return!1}return!0}var eb=(0,W.memo)(({Component:e,componentProps:t})=>(0,G.jsx)(e,B({},t)),(e,t)=>{let n=!0;return`puck`in e.componentProps&&`puck`in t.componentProps&&(n=ft(e.componentProps.puck,t.componentProps.puck)),e.Component===t.Component&&$y(e.componentProps,t.componentProps,[`puck`])&&n});H();var tb=5,nb=320,rb=new Map,ib=e=>rb.get(e)??nb,ab=(e,t)=>{t<=0||rb.set(e,t)},ob=({contentIds:e,zoneCompound:t,renderItem:n})=>{let r=z(e=>e.selectedItem?.props.id??null),i=Sv(),a=(0,W.useContext)(vv),o=Yg(vv,e=>{let t=e.draggedItem?.id;return t?String(t):null}),s=Yg(vv,e=>{if(e.draggedItem?.id){let[t]=Object.entries(e.previewIndex??{}).find(([,e])=>!e?.ghost)??[];return t?.split(`:`)[0]}return null}),c=i?.defaultView,l=(0,W.useRef)(new Map),u=L(),d=(0,W.useCallback)(t=>{if(!t||t===`root`)return-1;let n=e.indexOf(t);if(n>-1)return n;let r=u.getState().state.indexes.nodes?.[t]?.path??[];for(let t=r.length-1;t>=0;--t){let n=r[t]?.split(`:`)[0];if(!n||n===`root`)continue;let i=e.indexOf(n);if(i>-1)return i}return-1},[u,e]),f=(0,W.useMemo)(()=>{let e=new Set;return[r,o,s].forEach(t=>{let n=d(t);n>-1&&e.add(n)}),Array.from(e).sort((e,t)=>e-t)},[s,o,d,r]),p=(0,W.useCallback)(e=>{let t=ae(e);return f.forEach(e=>{t.includes(e)||t.push(e)}),t.sort((e,t)=>e-t),t},[f]),m=b({count:e.length,getItemKey:t=>e[t],estimateSize:t=>ib(e[t]),getScrollElement:()=>c??null,overscan:tb,observeElementRect:(e,t)=>c?w(e,t):ie(e,t),observeElementOffset:(e,t)=>c?ue(e,t):C(e,t),scrollToFn:(e,t,n)=>c?E(e,t,n):se(e,t,n),rangeExtractor:p,initialOffset:()=>c?c.scrollY:0});(0,W.useEffect)(()=>(a.getState().registerRootVirtualizer(t,{resolveIndex:e=>d(e),virtualizer:m}),()=>{a.getState().unregisterRootVirtualizer(t)}),[d,m,t,a]);let h=(0,W.useCallback)(e=>{let t=l.current.get(e);if(t)return t;let n=t=>{if(!t)return;let n=Math.ceil(t.getBoundingClientRect().height)||nb;typeof n==`number`&&n>0&&ab(e,n)};return l.current.set(e,n),n},[]);(0,W.useEffect)(()=>{let t=new Set(e);Array.from(l.current.keys()).forEach(e=>{t.has(e)||l.current.delete(e)})},[e]);let g=m.getVirtualItems(),_=m.getTotalSize(),v=(0,W.useMemo)(()=>{let t=[],r=0,i=-1;g.forEach(a=>{if(!a)return;let o=e[a.index],s=Math.max(a.start-r,0);s>0&&t.push((0,G.jsx)(`div`,{style:{height:`${s}px`}},`gap:${i}:${a.index}`)),t.push(n({componentId:o,index:a.index,measureRef:h(o)})),r=a.end,i=a.index});let a=Math.max(_-r,0);return a>0&&t.push((0,G.jsx)(`div`,{style:{height:`${a}px`}},`gap:${i}:end`)),t},[_,g,h]);return(0,G.jsx)(G.Fragment,{children:v})};H();var sb=U(`DropZone`,Jv),cb=`var(--puck-line-placeholder-width, 2px)`,lb=({zoneRef:e,contentIds:t,index:n})=>{let[r,i]=(0,W.useState)();return(0,W.useLayoutEffect)(()=>{let r=e.current,a=r?.ownerDocument.defaultView;if(!r||!a)return;let o=e=>e?a.getComputedStyle(e):void 0,s=e=>parseFloat(e??``)||0,c=e=>{let n=t[e];if(n===void 0)return;let i=r.querySelector(`:scope > ${wv(n)}:not([data-dnd-dragging])`);if(i)return{el:i,rect:i.getBoundingClientRect()}},l=r.getBoundingClientRect(),u=a.getComputedStyle(r),d=c(n-1),f=c(n),p=f??d,{horizontal:m,reversed:h,forward:g,start:_,end:v,isBefore:y}=yy(vy(r,a,u)),b=s(m?u.columnGap:u.rowGap),x=(e,t)=>{let n=t===`start`==!h?m?`marginLeft`:`marginTop`:m?`marginRight`:`marginBottom`;return s(o(e)?.[n])},S=s(u.borderLeftWidth),C=s(u.borderTopWidth),w=s(u.borderRightWidth),T=s(u.borderBottomWidth),E;E=f?d&&y(v(d.rect),_(f.rect))?(v(d.rect)+_(f.rect))/2:_(f.rect)-g*(Math.max(x(f.el,`start`),b)/2):d?v(d.rect)+g*(Math.max(x(d.el,`end`),b)/2):m?h?l.right-w-s(u.paddingRight):l.left+S+s(u.paddingLeft):h?l.bottom-T-s(u.paddingBottom):l.top+C+s(u.paddingTop),i(m?{top:(p?.rect.top??l.top+C+s(u.paddingTop))-l.top+r.scrollTop-C,height:p?.rect.height??l.height-C-T-s(u.paddingTop)-s(u.paddingBottom),left:hy(E-l.left+r.scrollLeft-S,0,r.scrollWidth),width:cb,transform:`translateX(-50%)`}:{left:(p?.rect.left??l.left+S+s(u.paddingLeft))-l.left+r.scrollLeft-S,width:p?.rect.width??l.width-S-w-s(u.paddingLeft)-s(u.paddingRight),top:hy(E-l.top+r.scrollTop-C,0,r.scrollHeight),height:cb,transform:`translateY(-50%)`})},[e,t,n]),r?(0,G.jsx)(`div`,{className:sb(`linePlaceholder`),style:r,"data-puck-line-placeholder":!0}):null},ub=U(`DropZone`,Jv),db=({element:e,label:t,override:n})=>e?(0,G.jsx)(`div`,{dangerouslySetInnerHTML:{__html:e.outerHTML}}):(0,G.jsx)(jy,{name:t,children:n}),fb=e=>(0,G.jsx)(mb,B({},e)),pb=(0,W.memo)(({zoneCompound:e,componentId:t,index:n,dragAxis:r,collisionAxis:i,inDroppableZone:a,itemRef:o})=>{let s=z(e=>e.metadata),{depth:c=1}=(0,W.useContext)(_v)??{},l=(0,W.useContext)(vv),u=z(ki(e=>e.state.indexes.nodes[t]?.flatData.props)),d=z(e=>e.state.indexes.nodes[t]?.data.type),f=z(ki(e=>e.state.indexes.nodes[t]?.data.readOnly)),p=L(),m=(0,W.useMemo)(()=>{if(u)return It({type:d,props:u});let n=l.getState().previewIndex[e];return t===n?.props.id?{type:n.componentType,props:n.props,previewType:n.type,element:n.element}:null},[p,t,e,d,u]),h=z(e=>m?.type?e.config.components[m.type]:null),g=(0,W.useMemo)(()=>({renderDropZone:fb,isEditing:!0,dragRef:null,metadata:B(B({},s),h?.metadata)}),[s,h?.metadata]),_=z(e=>e.overrides),v=z(e=>e.componentState[t]?.loadingCount>0),y=z(e=>e.selectedItem?.props.id===t||!1),b=R(`label-component`),x=R(`canvas-noconfig`,{type:(m?.type)?.toString()??``}),S=h?.label??m?.type.toString()??b,C=(0,W.useMemo)(()=>V(B(B({},h?.defaultProps),m?.props),{puck:g,editMode:!0}),[h?.defaultProps,m?.props,g]),w=(0,W.useMemo)(()=>({type:m?.type??d,props:C}),[m?.type,d,C]),T=z(e=>e.config),E=z(e=>e.plugins),D=z(e=>e.fieldTransforms),O=Wy(T,w,(0,W.useMemo)(()=>B(B(B(B(B({},fi(fb,e=>(0,G.jsx)(Uy,{componentId:t,zone:e.zone}))),Jy()),Qy()),E.reduce((e,t)=>B(B({},e),t.fieldTransforms),{})),D),[E,D]),f,v);if(!m)return;let ee=h?h.render:()=>(0,G.jsx)(`div`,{style:{padding:48,textAlign:`center`},children:x}),te=m.type,ne=`previewType`in m&&m.previewType===`insert`;return(0,G.jsx)(qv,{id:t,componentType:te,zoneCompound:e,depth:c+1,index:n,isLoading:v,isSelected:y,label:S,autoDragAxis:r,userDragAxis:i,inDroppableZone:a,itemRef:o,children:e=>h?.inline&&!ne?(0,G.jsx)(eb,{Component:ee,componentProps:V(B({},O),{puck:V(B({},O.puck),{dragRef:e})})}):(0,G.jsx)(`div`,{ref:e,children:ne?(0,G.jsx)(db,{label:S,override:_.componentItem??_.drawerItem,element:`element`in m&&m.element?m.element:void 0}):(0,G.jsx)(eb,{Component:ee,componentProps:O})})})}),mb=(0,W.forwardRef)(function({zone:e,allow:t,disallow:n,style:r,className:i,minEmptyHeight:a=`128px`,collisionAxis:o,as:s},c){let l=(0,W.useContext)(_v),u=L(),{areaId:d,depth:f=0,registerLocalZone:p,unregisterLocalZone:m}=l??{},h=z(ki(e=>d?e.state.indexes.nodes[d]?.path:null)),g=De;d&&e!==`root:default-zone`&&(g=`${d}:${e}`);let _=g===`root:default-zone`||e===`root:default-zone`||d===`root`,v=Yg(vv,e=>e.nextAreaDepthIndex[d||``]),y=z(ki(e=>e.state.indexes.zones[g]?.contentIds)),b=z(ki(e=>e.state.indexes.zones[g]?.type));(0,W.useEffect)(()=>{(!b||b===`dropzone`)&&l?.registerZone&&l?.registerZone(g)},[b,u]),(0,W.useEffect)(()=>{b===`dropzone`&&g!==`root:default-zone`&&console.warn(`DropZones have been deprecated in favor of slot fields and will be removed in a future version of Puck. Please see the migration guide: https://www.puckeditor.com/docs/guides/migrations/dropzones-to-slots`)},[b]);let x=(0,W.useMemo)(()=>y||[],[y]),S=(0,W.useRef)(null),C=(0,W.useCallback)(e=>Yv(e,{allow:t,disallow:n}),[t,n]),w=Yg(vv,e=>{let t=e.draggedItem?.data.componentType;return C(t)}),T=v||_,E=Yg(vv,e=>{let t=!0;return t=e.zoneDepthIndex[g]??!1,t&&=w,t});(0,W.useEffect)(()=>(p&&p(g,w||E),()=>{m&&m(g)}),[w,E,g]);let[D,O]=Ry(x,g),ee=O&&!O.linePlaceholder?1:0,te=D.length===ee,ne=E&&te,re=(0,W.useContext)(vv);(0,W.useEffect)(()=>{let{enabledIndex:e}=re.getState();re.setState({enabledIndex:V(B({},e),{[g]:E})})},[E,re,g]);let{ref:ie}=gh({id:g,collisionPriority:E?f:0,disabled:!ne,collisionDetector:h_,type:`dropzone`,data:{areaId:d,depth:f,isDroppableTarget:w,path:h||[]}}),k=z(e=>e?.selectedItem&&d===e?.selectedItem.props.id),[A]=Hy(S,o),[ae,oe]=Iy({zoneCompound:g,userMinEmptyHeight:a,ref:S}),j=(0,W.useCallback)(e=>{Rv([S,ie,c],e)},[ie]),se=z(e=>e._experimentalVirtualization),M=s??`div`,ce=se&&(d??`root`)===`root`&&f===0;return(0,G.jsxs)(M,{className:`${ub({isRootZone:_,hoveringOverArea:T,isEnabled:E,isAreaSelected:k,hasChildren:x.length>0,isAnimating:oe})}${i?` ${i}`:``}`,ref:j,"data-testid":`dropzone:${g}`,"data-puck-dropzone":g,style:V(B({},r),{"--puck-slot-min-empty-height":ae,backgroundColor:r?.backgroundColor}),children:[ce?(0,G.jsx)(ob,{contentIds:D,zoneCompound:g,renderItem:e=>(0,G.jsx)(pb,{zoneCompound:g,componentId:e.componentId,dragAxis:A,index:e.index,collisionAxis:o,inDroppableZone:w,itemRef:e.measureRef},e.componentId)}):D.map((e,t)=>(0,G.jsx)(pb,{zoneCompound:g,componentId:e,dragAxis:A,index:t,collisionAxis:o,inDroppableZone:w},e)),O?.linePlaceholder&&(0,G.jsx)(lb,{zoneRef:S,contentIds:x,index:O.index})]})}),hb=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=hi(e,t,t=>(0,G.jsx)(xi,V(B({},t),{config:e,metadata:n}))),a=(0,W.useMemo)(()=>({areaId:i.id,depth:1}),[i]),o=bi(r.fields,i);return(0,G.jsx)(bv,{value:a,children:(0,G.jsx)(r.render,V(B(B({},i),o),{puck:V(B({},i.puck),{renderDropZone:gb,metadata:B(B({},n),r.metadata)})}))},i.id)},gb=e=>(0,G.jsx)(_b,B({},e)),_b=(0,W.forwardRef)(function({className:e,style:t,zone:n,as:r},i){let a=(0,W.useContext)(_v),{areaId:o=`root`}=a||{},{config:s,data:c,metadata:l}=(0,W.useContext)(bb),u=`${o}:${n}`,d=c?.content||[];(0,W.useEffect)(()=>{d||a?.registerZone&&a?.registerZone(u)},[d]);let f=r??`div`;return!c||!s?null:(u!==`root:default-zone`&&(d=Xe(c,u).zones[u]),(0,G.jsx)(f,{className:e,style:t,ref:i,children:d.map(e=>s.components[e.type]?(0,G.jsx)(hb,{config:s,item:e,metadata:l},e.props.id):null)}))}),vb=e=>(0,G.jsx)(yb,B({},e)),yb=(0,W.forwardRef)(function(e,t){return(0,W.useContext)(_v)?.mode===`edit`?(0,G.jsx)(G.Fragment,{children:(0,G.jsx)(mb,V(B({},e),{ref:t}))}):(0,G.jsx)(G.Fragment,{children:(0,G.jsx)(_b,V(B({},e),{ref:t}))})}),bb=W.createContext({config:{components:{}},data:{root:{},content:[]},metadata:{}});function xb({config:e,data:t,metadata:n={}}){let r=V(B({},t),{root:t.root||{},content:t.content||[]}),i=`props`in r.root?r.root.props:r.root,a=i?.title||``,o=V(B({},i),{puck:{renderDropZone:vb,isEditing:!1,dragRef:null,metadata:n},title:a,editMode:!1,id:`puck-root`}),s=hi(e,{type:`root`,props:o},t=>(0,G.jsx)(Ci,V(B({},t),{config:e,metadata:n}))),c=bi(e.root?.fields,o),l=(0,W.useMemo)(()=>({mode:`render`,depth:0}),[]);return e.root?.render?(0,G.jsx)(bb.Provider,{value:{config:e,data:r,metadata:n},children:(0,G.jsx)(bv,{value:l,children:(0,G.jsx)(e.root.render,V(B(B({},s),c),{children:(0,G.jsx)(gb,{zone:qe})}))})}):(0,G.jsx)(bb.Provider,{value:{config:e,data:r,metadata:n},children:(0,G.jsx)(bv,{value:l,children:(0,G.jsx)(gb,{zone:qe})})})}H(),H();function Sb(e,t,n){return Lt(this,null,function*(){let r=t().state.indexes.nodes[e];r?yield dy(r.data,t,n):console.warn(`Warning: Could not find component with id "${e}" to resolve its data. Component may have been removed or the id is invalid.`)})}H();function Cb(e,t,n){return Lt(this,null,function*(){let r=Le(e,t().state);r?yield dy(Te(r),t,n):console.warn(`Warning: Could not find component for selector "${JSON.stringify(e)}" to resolve its data. Component may have been removed or the selector is invalid.`)})}var wb=(e,t)=>{let n={back:e.history.back,forward:e.history.forward,setHistories:e.history.setHistories,setHistoryIndex:e.history.setHistoryIndex,hasPast:e.history.hasPast(),hasFuture:e.history.hasFuture(),histories:e.history.histories,index:e.history.index},r={appState:ke(e.state),config:e.config,dispatch:e.dispatch,getPermissions:e.permissions.getPermissions,refreshPermissions:e.permissions.refreshPermissions,resolveDataById:(e,n)=>Sb(e,t,n),resolveDataBySelector:(e,n)=>Cb(e,t,n),history:n,selectedItem:e.selectedItem||null,getItemBySelector:t=>Le(t,e.state),getItemById:t=>e.state.indexes.nodes[t].data,getSelectorForId:t=>uy(e.state,t),getParentById:t=>{let n=e.state.indexes.nodes[t].parentId;if(n===null)return;let r=e.state.indexes.nodes[n];if(r)return r.data},dictionary:e.dictionary};return r.__private={appState:e.state},r},Tb=(0,W.createContext)(null),Eb=e=>({state:e.state,config:e.config,dispatch:e.dispatch,permissions:e.permissions,history:e.history,selectedItem:e.selectedItem,dictionary:e.dictionary}),Db=e=>{let[t]=(0,W.useState)(()=>Re(()=>wb(Eb(e.getState()),e.getState)));return(0,W.useEffect)(()=>e.subscribe(e=>Eb(e),n=>{t.setState(wb(n,e.getState))}),[]),t};function Ob(){return function(e){let t=(0,W.useContext)(Tb);if(!t)throw Error(`usePuck must be used inside <Puck>.`);return xe(t,e??(e=>e))}}H(),H(),H(),H(),H();var kb=U(`ComponentList`,{ComponentList:`_ComponentList_htktj_1`,"ComponentList--isExpanded":`_ComponentList--isExpanded_htktj_5`,"ComponentList-content":`_ComponentList-content_htktj_9`,"ComponentList-title":`_ComponentList-title_htktj_17`,"ComponentList-titleIcon":`_ComponentList-titleIcon_htktj_63`}),Ab=({name:e,label:t})=>{let n=z(e=>e.overrides),r=z(t=>t.permissions.getPermissions({type:e}).insert);return(0,W.useEffect)(()=>{n.componentItem&&console.warn("The `componentItem` override has been deprecated and renamed to `drawerItem`")},[n]),(0,G.jsx)(Py.Item,{label:t,name:e,isDragDisabled:!r,children:n.componentItem??n.drawerItem})},jb=({children:e,title:t,id:n})=>{let r=z(e=>e.config),i=z(e=>e.setUi),a=z(e=>e.state.ui.componentList),{expanded:o=!0}=a[n]||{},s=`puck-drawer-category-${n}`,c=R(`drawer-category-collapse`,{title:t??``}),l=R(`drawer-category-expand`,{title:t??``});return(0,G.jsxs)(`div`,{className:kb({isExpanded:o}),children:[t&&(0,G.jsxs)(`button`,{type:`button`,className:kb(`title`),"aria-expanded":o,"aria-controls":s,onClick:()=>i({componentList:V(B({},a),{[n]:V(B({},a[n]),{expanded:!o})})}),title:o?c:l,children:[(0,G.jsx)(`div`,{children:t}),(0,G.jsx)(`div`,{className:kb(`titleIcon`),children:o?(0,G.jsx)(Dt,{size:12}):(0,G.jsx)(tt,{size:12})})]}),(0,G.jsx)(`div`,{className:kb(`content`),id:s,children:(0,G.jsx)(Py,{children:e||Object.keys(r.components).map(e=>(0,G.jsx)(Ab,{label:r.components[e].label??e,name:e},e))})})]})};jb.Item=Ab;var Mb=()=>{let[e,t]=(0,W.useState)(),n=z(e=>e.config),r=z(e=>e.state.ui.componentList),i=R(`drawer-category-other`);return(0,W.useEffect)(()=>{if(Object.keys(r).length>0){let e=[],a;a=Object.entries(r).map(([t,r])=>!r.components||(r.components.forEach(t=>{e.push(t)}),r.visible===!1)?null:(0,G.jsx)(jb,{id:t,title:n.categories?.[t]?.title||r.title||t,children:r.components.map((e,t)=>{let r=n.components[e]||{};return(0,G.jsx)(jb.Item,{label:r.label??e,name:e,index:t},e)})},t));let o=Object.keys(n.components).filter(t=>e.indexOf(t)===-1);o.length>0&&!r.other?.components&&r.other?.visible!==!1&&a.push((0,G.jsx)(jb,{id:`other`,title:r.other?.title||i,children:o.map((e,t)=>{let r=n.components[e]||{};return(0,G.jsx)(jb.Item,{name:e,label:r.label??e,index:t},e)})},`other`)),t(a)}},[n.categories,n.components,r,i]),e},Nb=()=>{let e=z(e=>e.overrides),t=Mb(),n=(0,W.useMemo)(()=>(e.components&&console.warn("The `components` override has been deprecated and renamed to `drawer`"),e.components||e.drawer||`div`),[e]);return(0,G.jsx)(n,{children:t||(0,G.jsx)(jb,{id:`all`})})};H();var Pb=U(`BlocksPlugin`,{BlocksPlugin:`_BlocksPlugin_9af19_1`}),Fb=(e={})=>({name:`blocks`,label:e.label??`Blocks`,render:()=>(0,G.jsx)(`div`,{className:Pb(),children:(0,G.jsx)(Nb,{})}),icon:e.icon??(0,G.jsx)(et,{})});H(),H(),H();var Ib=(e,t)=>Object.keys(e.indexes.zones).filter(e=>e.split(`:`)[0]===t);H(),H(),H(),H(),H(),H(),H();function Lb(e,t){if(typeof e!=`string`)throw Error(`Can't get field definition for path (${e}): Path should be a string`);if(!t||typeof t!=`object`)return;let n=e.split(/\.|\[\d+\]/).filter(Boolean),r=t,i;for(let e=0;e<n.length;e++){let t=n[e];if(i=r[t],e===n.length-1)return i;if(!i||(i.type!==`object`||!i.objectFields)&&(i.type!==`array`||!i.arrayFields))return;i.type===`object`&&(r=i.objectFields),i.type===`array`&&(r=i.arrayFields)}}var Rb=(e,t,n)=>{let[r,i]=e.split(`:`);if(!i)return;let a=n[r]?.data.type;return Lb(i,(a&&a!==`root`?t.components[a]:t.root)?.fields)},zb={},Bb=(e,t,n)=>{if(n.zones[e]?.type!==`slot`)return zb;let r=Rb(e,t,n.nodes);return r?.type===`slot`?{allow:r.allow,disallow:r.disallow}:zb},Vb=`outline-item`,Hb=`outline-zone`,Ub=(e,t,n)=>{let r=e.get(t);if(r!==void 0)return r;let i=n();return e.set(t,i),i},Wb=(e,t,n,r,i)=>Ub(e,`zone:${t}`,()=>Yv(n,Bb(t,r,i))),Gb=(e,t,n,r,i)=>Ub(e,`childZones:${t}`,()=>Object.keys(i.zones).some(a=>a.startsWith(`${t}:`)&&Wb(e,a,n,r,i))),Kb=(e,t,n,r)=>Ub(e,`subtree:${t}`,()=>t===n||(r[t]?.path||[]).some(e=>e.split(`:`)[0]===n)),qb=(e,t)=>n=>{if(n.type!==Vb)return!1;let r=n.data,i=e.outlineStore.getState().acceptCache,{config:a,state:o}=e.appStore.getState(),s=o.indexes;return Kb(i,t.kind===`row`?t.itemId:t.zoneCompound.split(`:`)[0],r.itemId,s.nodes)?!1:t.kind===`zone`?Wb(i,t.zoneCompound,r.componentType,a,s):Wb(i,t.zoneCompound,r.componentType,a,s)||Gb(i,t.itemId,r.componentType,a,s)};H();var Jb=600,Yb=()=>{let e=null,t=null,n=()=>{e!==null&&(clearTimeout(e),e=null),t=null};return Re((r,i)=>({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map,startDrag:e=>r({status:`dragging`,draggedRow:e,acceptCache:new Map}),setTarget:(e,t)=>{let n=i();(n.indicator?.targetId!==e.targetId||n.indicator?.position!==e.position||n.drop?.zone!==t.zone||n.drop?.index!==t.index)&&r({indicator:e,drop:t})},clearTarget:()=>{(i().indicator!==null||i().drop!==null)&&r({indicator:null,drop:null})},scheduleExpand:(a,o)=>{t===a||i().tempExpandedIds.has(a)||(n(),t=a,r({expandCandidateId:a}),e=setTimeout(()=>{e=null,t=null,r(e=>({tempExpandedIds:new Set(e.tempExpandedIds).add(a),expandCandidateId:null})),o()},Jb))},cancelPendingExpand:()=>{n(),i().expandCandidateId!==null&&r({expandCandidateId:null})},endDrag:()=>{n(),r({status:`dropping`,indicator:null,drop:null,expandCandidateId:null})},reset:()=>{n(),r({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map})}}))},Xb=(0,W.createContext)(Yb()),Zb=()=>(0,W.useContext)(Xb),Qb=e=>Yg(Xb,e),$b=({kind:e,zoneCompound:t})=>{let n=L(),r=Zb(),i=`${e}:${t}`,{ref:a}=gh({id:i,type:Hb,accept:(0,W.useMemo)(()=>qb({appStore:n,outlineStore:r},{kind:`zone`,zoneCompound:t}),[n,r,t]),collisionDetector:h_,data:{kind:`zone`,zoneCompound:t}}),o=Qb(e=>e.indicator?.targetId===i);return(0,W.useMemo)(()=>({isDropTarget:o,ref:a}),[o,a])};H(),H();var ex=U(`DropLine`,{DropLine:`_DropLine_eyz3q_2`,"DropLine--top":`_DropLine--top_eyz3q_12`,"DropLine--bottom":`_DropLine--bottom_eyz3q_16`,"DropLine--outset":`_DropLine--outset_eyz3q_20`}),tx=({edge:e,outset:t})=>(0,G.jsx)(`div`,{className:ex({top:e===`top`,bottom:e===`bottom`,outset:!!t})});H(),H(),H(),H();var nx=(...e)=>[...e].filter(Boolean).join(` `);H();var rx=U(`LayerTree`,{"LayerTree-helper":`_LayerTree-helper_1m7e4_2`,"LayerTree-helperRoot":`_LayerTree-helperRoot_1m7e4_11`}),ix=({zoneCompound:e})=>{let{ref:t,isDropTarget:n}=$b({kind:`empty`,zoneCompound:e}),r=R(`outline-empty`),[i]=e.split(`:`),a=i===Je;return(0,G.jsxs)(`li`,{className:nx(rx(`helper`),a?rx(`helperRoot`):void 0),"data-puck-drop-target":n||void 0,ref:t,children:[r,n&&(0,G.jsx)(tx,{edge:`top`})]})};H(),H();var ax=({componentType:e,index:t,itemId:n,zoneCompound:r})=>{let i=L(),a=Zb(),o=(0,W.useMemo)(()=>qb({appStore:i,outlineStore:a},{kind:`row`,itemId:n,zoneCompound:r}),[i,a,n,r]),s=(0,W.useMemo)(()=>y_(`y`),[]),{handleRef:c,ref:l,isDragSource:u}=Ng({id:n,index:t,group:r,type:Vb,accept:o,data:{kind:`row`,itemId:n,zoneCompound:r,index:t,componentType:e},collisionPriority:1,collisionDetector:s,transition:{duration:0},plugins:e=>[...e,Yf.configure({feedback:`clone`,dropAnimation:null})]}),{indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}=Qb(e=>({indicatorPosition:e.indicator?.targetId===n?e.indicator.position:null,isExpandCandidate:e.expandCandidateId===n,isTempExpanded:e.tempExpandedIds.has(n)}));return{rowRef:(0,W.useCallback)(e=>{l(e),c(e)},[l,c]),isDragSource:u,indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}};H();var ox={Layer:`_Layer_onfgu_1`,"Layer-inner":`_Layer-inner_onfgu_8`,"Layer--isSortable":`_Layer--isSortable_onfgu_18`,"Layer-content":`_Layer-content_onfgu_22`,"Layer-clickable":`_Layer-clickable_onfgu_29`,"Layer-caret":`_Layer-caret_onfgu_57`,"Layer--containsZone":`_Layer--containsZone_onfgu_68`,"Layer-title":`_Layer-title_onfgu_76`,"Layer-name":`_Layer-name_onfgu_85`,"Layer-icon":`_Layer-icon_onfgu_91`,"Layer-zones":`_Layer-zones_onfgu_101`,"Layer--isExpanded":`_Layer--isExpanded_onfgu_106`,"Layer--isSelected":`_Layer--isSelected_onfgu_115`,"Layer--isExpandCandidate":`_Layer--isExpandCandidate_onfgu_138`,"Layer--isDragSource":`_Layer--isDragSource_onfgu_143`};H(),H();var sx=U(`LayerActions`,{LayerActions:`_LayerActions_d90t9_2`,"LayerActions--visible":`_LayerActions--visible_d90t9_18`}),cx=({node:e,visible:t})=>{let n=z(e=>e.dispatch),r=Zb(),i=z(ki(t=>{let n=Le({index:e.index,zone:e.zoneCompound},t.state),r=t.permissions.getPermissions({item:n});return{delete:r.delete,duplicate:r.duplicate}})),a=R(`outline-item-duplicate`),o=R(`outline-item-delete`),s=(0,W.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`remove`,index:e.index,zone:e.zoneCompound})},[n,r,e]),c=(0,W.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`duplicate`,sourceIndex:e.index,sourceZone:e.zoneCompound})},[n,r,e.index,e.zoneCompound]);return!i.delete&&!i.duplicate?null:(0,G.jsxs)(`div`,{className:sx({visible:t}),children:[i.duplicate&&(0,G.jsx)(pt,{onClick:c,title:a,type:`button`,children:(0,G.jsx)(ct,{})}),i.delete&&(0,G.jsx)(pt,{onClick:s,title:o,type:`button`,children:(0,G.jsx)(wt,{})})]})},lx=U(`Layer`,ox),ux=(0,W.forwardRef)(function({dataIndex:e,depth:t,isSelected:n,node:r,selectedId:i},a){let o=z(e=>e.dispatch),s=z(e=>e.state.ui.itemExpanded?.[r.itemId]??!1),c=Yg(vv,e=>e.hoveringComponent===r.itemId),l=z(e=>{let t=Le({index:r.index,zone:r.zoneCompound},e.state);return e.permissions.getPermissions({item:t})?.drag}),{indicatorPosition:u,isDragSource:d,isExpandCandidate:f,isTempExpanded:p,rowRef:m}=ax({componentType:r.componentType,index:r.index,itemId:r.itemId,zoneCompound:r.zoneCompound}),h=(0,W.useContext)(vv),g=Zb(),_=R(`outline-item-collapse`),v=R(`outline-item-expand`),y=r.childZones.length>0,b=(0,W.useCallback)(e=>{o({type:`setUi`,ui:{itemSelector:e}})},[o]),x=s||p,S=u!==null,C=r.childZones.length!==1;return(0,G.jsxs)(`li`,{ref:a,className:lx({containsZone:y,isDragSource:d,isExpandCandidate:f,isExpanded:x,isHovering:c,isSelected:n,isSortable:l}),"data-index":e,"data-puck-layer-tree-id":r.itemId,children:[S&&(0,G.jsx)(tx,{edge:u===`before`?`top`:`bottom`,outset:!0}),(0,G.jsxs)(`div`,{className:lx(`inner`),ref:m,onMouseEnter:e=>{e.stopPropagation(),g.getState().status===`idle`&&h.setState({hoveringComponent:r.itemId})},onMouseLeave:e=>{e.stopPropagation(),h.setState({hoveringComponent:null})},children:[(0,G.jsx)(`div`,{className:lx(`caret`),children:(0,G.jsx)(pt,{onClick:e=>{e.stopPropagation(),g.getState().status===`idle`&&o({type:`setUi`,ui:e=>{let t=B({},e.itemExpanded);return e.itemExpanded?.[r.itemId]?delete t[r.itemId]:t[r.itemId]=!0,{itemExpanded:t}},recordHistory:!1})},title:s?_:v,type:`button`,children:(0,G.jsx)(ht,{})})}),(0,G.jsxs)(`div`,{className:lx(`content`),children:[(0,G.jsx)(`button`,{type:`button`,className:lx(`clickable`),onClick:()=>{g.getState().status===`idle`&&(b({index:r.index,zone:r.zoneCompound}),h.getState().scrollToComponent(r.itemId))},children:(0,G.jsxs)(`div`,{className:lx(`title`),children:[(0,G.jsx)(`div`,{className:lx(`icon`),children:r.componentType===`Text`||r.componentType===`Heading`?(0,G.jsx)(ut,{}):(0,G.jsx)(Pe,{})}),(0,G.jsx)(`div`,{className:lx(`name`),children:r.label})]})}),(0,G.jsx)(cx,{node:r,visible:c&&!d})]})]}),y&&x&&r.childZones.map(e=>(0,G.jsx)(`div`,{className:lx(`zones`),children:(0,G.jsx)(Tx,{depth:C?t+1:t,selectedId:i,tree:C?e:V(B({},e),{label:void 0})})},e.zoneCompound))]})});H();var dx={LayerTree:`_LayerTree_o5tyt_1`,"LayerTree--nested":`_LayerTree--nested_o5tyt_12`},fx=U(`LayerTree`,dx),px=({depth:e,selectedId:t,tree:n})=>(0,G.jsxs)(`ul`,{className:fx({nested:e>0}),children:[n.items.length===0&&(0,G.jsx)(ix,{zoneCompound:n.zoneCompound}),n.items.map(n=>(0,G.jsx)(ux,{depth:e,isSelected:t===n.itemId,node:n,selectedId:t},n.itemId))]});H();var mx=U(`LayerTree`,dx),hx=32,gx=8,_x=new Map,vx=e=>_x.get(e)??hx,yx=(e,t)=>{t<=0||_x.set(e,t)},bx=e=>{let t=e?.parentElement??null;for(;t;){let{overflow:e,overflowY:n}=getComputedStyle(t);if([e,n].some(e=>/auto|scroll/.test(e)))return t;t=t.parentElement}return null},xx=({depth:e,selectedId:t,tree:n})=>{let r=(0,W.useRef)(null),i=Qb(e=>e.draggedRow?.zoneCompound===n.zoneCompound?e.draggedRow.index:null),a=(0,W.useCallback)(e=>{let t=ae(e);return i!==null&&!t.includes(i)&&(t.push(i),t.sort((e,t)=>e-t)),t},[i]),o=b({count:n.items.length,estimateSize:e=>vx(n.items[e].itemId),getItemKey:e=>n.items[e].itemId,getScrollElement:()=>bx(r.current),overscan:gx,rangeExtractor:a,measureElement:e=>{let t=Math.ceil(e.getBoundingClientRect().height),n=e.dataset.puckLayerTreeId;return n&&yx(n,t),t||hx}}),s=o.getVirtualItems(),c=o.getTotalSize(),l=[],u=0,d=-1;s.forEach(r=>{let i=n.items[r.index],a=Math.max(r.start-u,0);a>0&&l.push((0,G.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${a}px`}},`gap:${n.zoneCompound}:${d}:${r.index}`)),l.push((0,G.jsx)(ux,{dataIndex:r.index,depth:e,isSelected:t===i.itemId,node:i,ref:o.measureElement,selectedId:t},i.itemId)),u=r.end,d=r.index});let f=Math.max(c-u,0);return f>0&&l.push((0,G.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${f}px`}},`gap:${n.zoneCompound}:${d}:end`)),(0,G.jsxs)(`ul`,{className:mx({nested:e>0}),ref:r,children:[n.items.length===0&&(0,G.jsx)(ix,{zoneCompound:n.zoneCompound}),l]})};H();var Sx=U(`LayerTree`,{"LayerTree-zoneTitle":`_LayerTree-zoneTitle_fvhlh_2`,"LayerTree-zoneIcon":`_LayerTree-zoneIcon_fvhlh_19`}),Cx=25,wx=({label:e,zoneCompound:t})=>{let{ref:n,isDropTarget:r}=$b({kind:`label`,zoneCompound:t});return(0,G.jsxs)(`div`,{className:Sx(`zoneTitle`),"data-puck-drop-target":r||void 0,ref:n,children:[(0,G.jsx)(`div`,{className:Sx(`zoneIcon`),children:(0,G.jsx)(dt,{})}),e,r&&(0,G.jsx)(tx,{edge:`bottom`})]})},Tx=({depth:e,selectedId:t,tree:n})=>{let r=e===0&&n.items.length>=Cx;return(0,G.jsxs)(G.Fragment,{children:[n.label&&(0,G.jsx)(wx,{label:n.label,zoneCompound:n.zoneCompound}),r?(0,G.jsx)(xx,{depth:e,selectedId:t,tree:n}):(0,G.jsx)(px,{depth:e,selectedId:t,tree:n})]})};H(),H(),H();function Ex(e,t){return Object.keys(t).some(t=>t.startsWith(`${e}:`))}var Dx=2,Ox=60,kx=(e,t)=>{let n,r=0,i=0,a=()=>{let o=Sv()?.querySelector(`[data-puck-component="${e}"]`),s=o?o.getBoundingClientRect().top:null;r=s===n?r+1:0,n=s,i+=1,r>=Dx||i>=Ox?t(e):requestAnimationFrame(a)};requestAnimationFrame(a)},Ax=e=>{if(typeof document>`u`)return;let t=document.getElementById(`preview-frame`);e?t?.setAttribute(`data-puck-outline-dragging`,`true`):t?.removeAttribute(`data-puck-outline-dragging`)},jx=(e,t)=>{let n=e.operation.source,r=n?.data;if(!n||!r)return;let i=t.appStore.getState(),a=Le({zone:r.zoneCompound,index:r.index},i.state);!a||!i.permissions.getPermissions({item:a}).drag?e.preventDefault():(t.outlineDndStore.getState().startDrag({itemId:r.itemId,zoneCompound:r.zoneCompound,index:r.index,componentType:r.componentType}),Ax(!0),i.dispatch({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}))},Mx=(e,t,n)=>{let r=n.outlineDndStore.getState(),i=r.draggedRow;if(!i)return;let a=e.operation.target;if(!a){r.cancelPendingExpand(),r.clearTarget();return}let o=a.data;if(o.kind===`zone`){r.cancelPendingExpand(),r.setTarget({targetId:a.id.toString(),position:`inside`},{zone:o.zoneCompound,index:0});return}let{config:s,state:c}=n.appStore.getState(),l=c.indexes,u=r.acceptCache;if(Wb(u,o.zoneCompound,i.componentType,s,l)){let e=t.collisionObserver.collisions[0]?.data,n=b_(e?.direction);r.setTarget({targetId:a.id.toString(),position:n},{zone:o.zoneCompound,index:x_({position:n,sourceIndex:i.index,targetIndex:o.index,isSameZone:o.zoneCompound===i.zoneCompound})})}else r.clearTarget();let d=!!c.ui.itemExpanded?.[o.itemId]||r.tempExpandedIds.has(o.itemId),f=Ex(o.itemId,l.zones);!d&&f?r.scheduleExpand(o.itemId,()=>{requestAnimationFrame(()=>t.collisionObserver.forceUpdate(!0))}):r.cancelPendingExpand()},Nx=(e,t)=>{let{source:n}=e.operation,r=t.outlineDndStore.getState(),i=r.draggedRow,a=e.canceled?null:r.drop,o=t.appStore.getState().dispatch;if(Ax(!1),i&&a){py(i.itemId,{zone:i.zoneCompound,index:i.index},{zone:a.zone,index:a.index},t.appStore);let e=a.zone!==i.zoneCompound||a.index!==i.index;o({type:`setUi`,ui:{itemSelector:{zone:a.zone,index:a.index},isDragging:!1},recordHistory:e}),kx(i.itemId,t.scrollToComponent)}else o({type:`setUi`,ui:{isDragging:!1},recordHistory:!1});r.endDrag();let s=()=>t.outlineDndStore.getState().reset();if(!n||n.status===`idle`)s();else{let e=ea(()=>{n.status===`idle`&&(s(),e?.())})}},Px=[],Fx=({children:e})=>{let t=L(),n=(0,W.useContext)(vv),[r]=(0,W.useState)(()=>Yb()),i=z(e=>e.dnd?.disableOutlineDrag??!1),a=s_({mouse:[new Rp.Distance({value:5})]}),o=(0,W.useMemo)(()=>({outlineDndStore:r,appStore:t,scrollToComponent:e=>n.getState().scrollToComponent(e)}),[r,t,n]);return(0,G.jsx)(Xb.Provider,{value:r,children:(0,G.jsx)(Im,{sensors:i?Px:a,onBeforeDragStart:e=>{jx(e,o)},onDragOver:(e,t)=>{e.preventDefault(),Mx(e,t,o)},onDragMove:(e,t)=>{Mx(e,t,o)},onDragEnd:e=>{Nx(e,o)},children:e})})};H();var Ix={LayerTreeRoot:`_LayerTreeRoot_1qowl_1`};H();var Lx=e=>{let t={};return Object.keys(e).forEach(e=>{let[n]=e.split(`:`);n&&(t[n]||(t[n]=[]),t[n].push(e))}),t},Rx=(e,t,n,r)=>{if(r!==void 0)return r;let[,i]=e.split(`:`);if(i)return Rb(e,n,t)?.label??i},zx=({config:e,itemId:t,index:n,nodes:r,zoneCompound:i,zones:a,zonesByParent:o,componentFallbackLabel:s})=>{let c=(r[t]?.data.type)?.toString()??s,l=e.components[c]?.label??c;return{childZones:(o[t]||[]).map(t=>Bx({config:e,nodes:r,zoneCompound:t,zones:a,zonesByParent:o})),componentType:c,index:n,itemId:t,label:l,zoneCompound:i}},Bx=({config:e,label:t,nodes:n,zoneCompound:r,zones:i,zonesByParent:a=Lx(i),componentFallbackLabel:o})=>({items:(i[r]?.contentIds??[]).map((t,o)=>zx({config:e,itemId:t,index:o,nodes:n,zoneCompound:r,zones:i,zonesByParent:a})),label:Rx(r,n,e,t),zoneCompound:r}),Vx=U(`LayerTreeRoot`,Ix),Hx=({selectedId:e,trees:t})=>{let n=z(e=>e.dnd?.disableOutlineDrag??!1);return(0,G.jsx)(Fx,{children:(0,G.jsx)(`div`,{className:Vx(),"data-puck-dnd-disabled":n||void 0,children:t.map(t=>(0,G.jsx)(Tx,{depth:0,selectedId:e,tree:t},t.zoneCompound))})})};H(),H();var Ux=U(`CollapseAll`,{CollapseAll:`_CollapseAll_1r4cy_1`,"CollapseAll-icon":`_CollapseAll-icon_1r4cy_5`,"CollapseAll--visible":`_CollapseAll--visible_1r4cy_10`});function Wx({className:e}){let t=z(e=>Object.keys(e.state.ui.itemExpanded??{}).length>0),n=z(e=>e.dispatch),r=R(`outline-header-collapseall`);return(0,G.jsx)(`div`,{className:nx(Ux({visible:t}),e),children:(0,G.jsx)(pt,{title:r,onClick:()=>{n({type:`setUi`,ui:{itemExpanded:{}}})},children:(0,G.jsx)(rt,{className:Ux(`icon`)})})})}var Gx=Wx;H(),H();var Kx=U(`OutlineHeader`,{OutlineHeader:`_OutlineHeader_ntv8r_1`}),qx=({children:e,title:t})=>{let n=R(`outline-header-title`);return(0,G.jsxs)(`div`,{className:Kx(),children:[(0,G.jsx)(U_,{rank:`2`,size:`xs`,children:n??t}),e]})};H();var Jx=U(`OutlineWrapper`,{OutlineWrapper:`_OutlineWrapper_b9ln0_1`,"OutlineWrapper-collapseAll":`_OutlineWrapper-collapseAll_b9ln0_9`,"OutlineWrapper-layers":`_OutlineWrapper-layers_b9ln0_15`}),Yx=({children:e})=>(0,G.jsx)(`div`,{className:Jx(),children:e}),Xx=()=>{let e=z(e=>e.overrides.outline),t=z(e=>e.config),n=z(e=>e.state.indexes.nodes),r=z(e=>e.state.indexes.zones),i=z(e=>e.selectedItem?.props.id||null),a=R(`label-component`),o=z(ki(e=>Ib(e.state,`root`))),s=(0,W.useMemo)(()=>o.map(e=>Bx({config:t,label:o.length===1?``:e.split(`:`)[1],nodes:n,zoneCompound:e,zones:r,componentFallbackLabel:a})),[t,n,o,r,a]),c=(0,W.useMemo)(()=>e||Yx,[e]);return(0,G.jsxs)(c,{children:[(0,G.jsx)(qx,{children:(0,G.jsx)(Gx,{className:Jx(`collapseAll`)})}),(0,G.jsx)(`div`,{className:Jx(`layers`),children:(0,G.jsx)(Hx,{selectedId:i,trees:s})})]})};H();var Zx=U(`OutlinePlugin`,{OutlinePlugin:`_OutlinePlugin_1ylsc_1`}),Qx=(e={})=>({name:`outline`,label:e.label??`Outline`,render:()=>(0,G.jsx)(`div`,{className:Zx(),children:(0,G.jsx)(Xx,{})}),icon:e.icon??(0,G.jsx)(dt,{})});H(),H(),H();var $x={Breadcrumbs:`_Breadcrumbs_8c6w5_1`,"Breadcrumbs-breadcrumbLabel":`_Breadcrumbs-breadcrumbLabel_8c6w5_7`,"Breadcrumbs-breadcrumb":`_Breadcrumbs-breadcrumb_8c6w5_7`};H();var eS=e=>{let t=z(e=>e.selectedItem?.props.id),n=z(e=>e.config),r=z(e=>e.state.indexes.nodes[t]?.path),i=L(),a=R(`label-page`),o=R(`label-component`);return(0,W.useMemo)(()=>{let t=r?.map(e=>{let[t]=e.split(`:`);if(t===`root`)return{label:n?.root?.label||a,selector:null};let r=i.getState().state.indexes.nodes[t],s=r.path[r.path.length-1],c=(i.getState().state.indexes.zones[s]?.contentIds||[]).indexOf(t);return{label:r?n.components[r.data.type]?.label??r.data.type:o,selector:r?{index:c,zone:r.path[r.path.length-1]}:null}})||[];return e?t.slice(t.length-e):t},[r,e,a,o])},tS=U(`Breadcrumbs`,$x),nS=({children:e,numParents:t=1})=>{let n=z(e=>e.setUi),r=eS(t);return(0,G.jsxs)(`div`,{className:tS(),children:[r.map((e,t)=>(0,G.jsxs)(`div`,{className:tS(`breadcrumb`),children:[(0,G.jsx)(`button`,{type:`button`,className:tS(`breadcrumbLabel`),onClick:()=>n({itemSelector:e.selector}),children:e.label}),(0,G.jsx)(ht,{size:16})]},t)),e]})};H(),H();var rS=U(`PuckFields`,{PuckFields:`_PuckFields_wnj25_1`,"PuckFields--isLoading":`_PuckFields--isLoading_wnj25_6`,"PuckFields-loadingOverlay":`_PuckFields-loadingOverlay_wnj25_10`,"PuckFields-loadingOverlayInner":`_PuckFields-loadingOverlayInner_wnj25_25`,"PuckFields-field":`_PuckFields-field_wnj25_32`,"PuckFields--wrapFields":`_PuckFields--wrapFields_wnj25_36`}),iS=({children:e})=>(0,G.jsx)(G.Fragment,{children:e}),aS=(e,t)=>(n,r)=>Lt(null,null,function*(){let{dispatch:i,state:a,selectedItem:o,resolveComponentData:s}=t.getState(),{data:c,ui:l}=a,{itemSelector:u}=l,d=c.root.props||c.root,f=o?o.props:d,p=V(B({},f),{[e]:n});if(o&&u){let e=yield s(V(B({},o),{props:p}),`replace`),n=uy(t.getState().state,o.props.id);if(!n)return;i({type:`replace`,destinationIndex:n.index,destinationZone:n.zone||`root:default-zone`,data:e.node,ui:r})}else c.root.props?i({type:`replaceRoot`,root:(yield s(V(B({},c.root),{props:p}),`replace`)).node,ui:B(B({},l),r),recordHistory:!0}):i({type:`setData`,data:{root:p}})}),oS=({fieldName:e})=>{let t=z(t=>t.fields.fields[e]),n=z(t=>((t.selectedItem?t.selectedItem.readOnly:t.state.data.root.readOnly)||{})[e]),r=z(n=>t?n.selectedItem?`${n.selectedItem.props.id}_${t.type}_${e}`:`root_${t.type}_${e}`:null),i=z(ki(e=>{let{selectedItem:t,permissions:n}=e;return t?n.getPermissions({item:t}):n.getPermissions({root:!0})})),a=L(),o=(0,W.useCallback)(aS(e,a),[e]),{visible:s=!0}=t??{},c=(0,W.useContext)(Qg.ctx);return(0,W.useEffect)(()=>a.subscribe(t=>t.getCurrentData().props?.[e],t=>{c.setState({[e]:t})}),[a,c]),!t||!r||!s||t.type===`slot`?null:(0,G.jsx)(`div`,{className:rS(`field`),children:(0,G.jsx)(fv,{field:t,name:e,id:r,readOnly:!i.edit||n,onChange:o})},r)},sS=(0,W.memo)(({fieldName:e})=>{let t=L(),n=(0,W.useMemo)(()=>{let n=t.getState().getCurrentData().props?.[e];return{[e]:n}},[]);return(0,G.jsx)(Qg.Provider,{value:n,children:(0,G.jsx)(oS,{fieldName:e})})}),cS=(0,W.memo)(({wrapFields:e=!0})=>{let t=z(e=>e.overrides),n=z(e=>((e.selectedItem?e.componentState[e.selectedItem.props.id]?.loadingCount:e.componentState.root?.loadingCount)??0)>0),r=z(ki(e=>e.state.ui.itemSelector)),i=z(e=>e.selectedItem?.props.id),a=L();We(a,i);let o=z(e=>e.fields.loading),s=z(ki(e=>e.fields.id===i?Object.keys(e.fields.fields):[])),c=o||n,l=(0,W.useMemo)(()=>t.fields||iS,[t]);return(0,G.jsxs)(`form`,{className:rS({wrapFields:e}),onSubmit:e=>{e.preventDefault()},children:[(0,G.jsx)(l,{isLoading:c,itemSelector:r,children:s.map(e=>(0,G.jsx)(sS,{fieldName:e},e))}),c&&(0,G.jsx)(`div`,{className:rS(`loadingOverlay`),children:(0,G.jsx)(`div`,{className:rS(`loadingOverlayInner`),children:(0,G.jsx)(Oe,{size:16})})})]})});H();var lS=U(`FieldsPlugin`,{FieldsPlugin:`_FieldsPlugin_18cj3_1`,"FieldsPlugin-header":`_FieldsPlugin-header_18cj3_7`}),uS=()=>{let e=R(`label-page`);return z(e=>{let t=e.selectedItem;return t?e.config.components[t.type]?.label??t.type:null})??e},dS=({desktopSideBar:e=`right`,label:t,icon:n}={})=>({name:`fields`,label:t??`Fields`,render:()=>(0,G.jsxs)(`div`,{className:lS(),children:[(0,G.jsx)(`div`,{className:lS(`header`),children:(0,G.jsx)(nS,{numParents:2,children:(0,G.jsx)(uS,{})})}),(0,G.jsx)(cS,{})]}),icon:n??(0,G.jsx)(St,{}),mobileOnly:e===`right`});H(),H(),H(),H(),H();var fS=`@import "https://rsms.me/inter/inter.css";

/* styles/color.css */
@layer puck-tokens {
  :root {
    --puck-color-rose-01: #4a001c;
    --puck-color-rose-02: #670833;
    --puck-color-rose-03: #87114c;
    --puck-color-rose-04: #a81a66;
    --puck-color-rose-05: #bc5089;
    --puck-color-rose-06: #cc7ca5;
    --puck-color-rose-07: #d89aba;
    --puck-color-rose-08: #e3b8cf;
    --puck-color-rose-09: #efd6e3;
    --puck-color-rose-10: #f6eaf1;
    --puck-color-rose-11: #faf4f8;
    --puck-color-rose-12: #fef8fc;
    --puck-color-azure-01: #00175d;
    --puck-color-azure-02: #002c77;
    --puck-color-azure-03: #014292;
    --puck-color-azure-04: #0158ad;
    --puck-color-azure-05: #3479be;
    --puck-color-azure-06: #6499cf;
    --puck-color-azure-07: #88b0da;
    --puck-color-azure-08: #abc7e5;
    --puck-color-azure-09: #cfdff0;
    --puck-color-azure-10: #e7eef7;
    --puck-color-azure-11: #f3f6fb;
    --puck-color-azure-12: #f7faff;
    --puck-color-green-01: #002000;
    --puck-color-green-02: #043604;
    --puck-color-green-03: #084e08;
    --puck-color-green-04: #0c680c;
    --puck-color-green-05: #1d882f;
    --puck-color-green-06: #2faa53;
    --puck-color-green-07: #56c16f;
    --puck-color-green-08: #7dd78b;
    --puck-color-green-09: #b8e8bf;
    --puck-color-green-10: #ddf3e0;
    --puck-color-green-11: #eff8f0;
    --puck-color-green-12: #f3fcf4;
    --puck-color-yellow-01: #211000;
    --puck-color-yellow-02: #362700;
    --puck-color-yellow-03: #4c4000;
    --puck-color-yellow-04: #645a00;
    --puck-color-yellow-05: #877614;
    --puck-color-yellow-06: #ab9429;
    --puck-color-yellow-07: #bfac4e;
    --puck-color-yellow-08: #d4c474;
    --puck-color-yellow-09: #e6deb1;
    --puck-color-yellow-10: #f3efd9;
    --puck-color-yellow-11: #f9f7ed;
    --puck-color-yellow-12: #fcfaf0;
    --puck-color-red-01: #4c0000;
    --puck-color-red-02: #6a0a10;
    --puck-color-red-03: #8a1422;
    --puck-color-red-04: #ac1f35;
    --puck-color-red-05: #bf5366;
    --puck-color-red-06: #ce7e8e;
    --puck-color-red-07: #d99ca8;
    --puck-color-red-08: #e4b9c2;
    --puck-color-red-09: #efd7db;
    --puck-color-red-10: #f6eaec;
    --puck-color-red-11: #faf4f5;
    --puck-color-red-12: #fff9fa;
    --puck-color-grey-01: #181818;
    --puck-color-grey-02: #292929;
    --puck-color-grey-03: #404040;
    --puck-color-grey-04: #5a5a5a;
    --puck-color-grey-05: #767676;
    --puck-color-grey-06: #949494;
    --puck-color-grey-07: #ababab;
    --puck-color-grey-08: #c3c3c3;
    --puck-color-grey-09: #dcdcdc;
    --puck-color-grey-10: #efefef;
    --puck-color-grey-11: #f5f5f5;
    --puck-color-grey-12: #fafafa;
    --puck-color-black: #000000;
    --puck-color-white: #ffffff;
  }
}

/* styles/tokens.css */
@layer puck-tokens {
  :root {
    --puck-color-surface: var(--puck-color-white);
    --puck-color-surface-muted: var(--puck-color-grey-11);
    --puck-color-surface-subtle: var(--puck-color-grey-12);
    --puck-color-surface-inverse: var(--puck-color-grey-01);
    --puck-color-border: var(--puck-color-grey-09);
    --puck-color-border-hover: var(--puck-color-grey-05);
    --puck-color-border-muted: var(--puck-color-grey-10);
    --puck-color-border-inverse: var(--puck-color-grey-05);
    --puck-color-text: var(--puck-color-black);
    --puck-color-text-secondary: var(--puck-color-grey-04);
    --puck-color-text-muted: var(--puck-color-grey-05);
    --puck-color-text-subtle: var(--puck-color-grey-07);
    --puck-color-text-inverse: var(--puck-color-white);
    --puck-opacity-text-inverse: 0.75;
    --puck-color-interactive: var(--puck-color-azure-04);
    --puck-color-interactive-hover: var(--puck-color-azure-03);
    --puck-color-interactive-active: var(--puck-color-azure-02);
    --puck-color-interactive-subtle: var(--puck-color-azure-10);
    --puck-color-interactive-soft: var(--puck-color-azure-11);
    --puck-color-interactive-soft-hover: var(--puck-color-azure-12);
    --puck-color-interactive-neutral-hover: var(--puck-color-grey-10);
    --puck-color-interactive-inverse-hover: var(--puck-color-azure-06);
    --puck-color-interactive-inverse-active: var(--puck-color-azure-07);
    --puck-color-focus-ring: var(--puck-color-azure-05);
    --puck-color-selection-bg: color-mix( in srgb, var(--puck-color-azure-09) 30%, transparent );
    --puck-color-selection-border: var(--puck-color-azure-08);
    --puck-color-line-placeholder: var(--puck-color-azure-06);
    --puck-color-highlight: var(--puck-color-rose-07);
    --puck-color-bg-disabled: var(--puck-color-grey-07);
    --puck-color-text-disabled: var(--puck-color-grey-03);
    --puck-color-overlay-backdrop: color-mix( in srgb, var(--puck-color-black) 75%, transparent );
    --puck-space-1: 4px;
    --puck-space-2: 8px;
    --puck-space-3: 12px;
    --puck-space-4: 16px;
    --puck-space-5: 24px;
    --puck-space-chrome-gutter: var(--puck-space-4);
    --puck-radius-none: 0;
    --puck-radius-xs: 2px;
    --puck-radius-s: 3px;
    --puck-radius-m: 4px;
    --puck-radius-l: 8px;
    --puck-radius-pill: 30px;
    --puck-radius-round: 100%;
    --puck-border-width-hairline: 0.5px;
    --puck-border-width-regular: 1px;
    --puck-border-width-focus: 2px;
    --puck-border-width-strong: 4px;
    --puck-duration-fast: 50ms;
    --puck-duration-medium: 150ms;
    --puck-duration-slow: 250ms;
    --puck-ease-exit: ease-in;
    --puck-ease-emphasized: ease-in-out;
    --puck-ease-entrance: ease-out;
    --puck-font-weight-regular: 400;
    --puck-font-weight-medium: 500;
    --puck-font-weight-semibold: 600;
    --puck-font-weight-bold: 700;
    --puck-font-weight-heavy: 800;
    --puck-letter-spacing-ui: 0.05ch;
    --puck-letter-spacing-heading: 0.08ch;
    --puck-icon-size-xs: 14px;
    --puck-icon-size-s: 16px;
    --puck-icon-size-m: 18px;
    --puck-icon-size-l: 24px;
    --puck-space-m-unitless: 24;
    --puck-user-sidebar-left-width: var(--puck-sidebar-width);
    --puck-user-sidebar-right-width: var(--puck-sidebar-width);
    --puck-slot-min-empty-height: 128px;
    --puck-line-placeholder-width: 2px;
  }
}

/* styles/typography.css */
@layer puck-tokens {
  :root {
    --puck-font-size-scale-base-unitless: 12;
    --puck-font-size-xxxs-unitless: 12;
    --puck-font-size-xxs-unitless: 14;
    --puck-font-size-xs-unitless: 16;
    --puck-font-size-s-unitless: 18;
    --puck-font-size-m-unitless: 21;
    --puck-font-size-l-unitless: 24;
    --puck-font-size-xl-unitless: 28;
    --puck-font-size-xxl-unitless: 36;
    --puck-font-size-xxxl-unitless: 48;
    --puck-font-size-xxxxl-unitless: 56;
    --puck-font-size-xxxs: calc( 1rem * var(--puck-font-size-xxxs-unitless) / 16 );
    --puck-font-size-xxs: calc(1rem * var(--puck-font-size-xxs-unitless) / 16);
    --puck-font-size-xs: calc(1rem * var(--puck-font-size-xs-unitless) / 16);
    --puck-font-size-s: calc(1rem * var(--puck-font-size-s-unitless) / 16);
    --puck-font-size-m: calc(1rem * var(--puck-font-size-m-unitless) / 16);
    --puck-font-size-l: calc(1rem * var(--puck-font-size-l-unitless) / 16);
    --puck-font-size-xl: calc(1rem * var(--puck-font-size-xl-unitless) / 16);
    --puck-font-size-xxl: calc(1rem * var(--puck-font-size-xxl-unitless) / 16);
    --puck-font-size-xxxl: calc( 1rem * var(--puck-font-size-xxxl-unitless) / 16 );
    --puck-font-size-xxxxl: calc( 1rem * var(--puck-font-size-xxxxl-unitless) / 16 );
    --puck-font-size-base: var(--puck-font-size-xs);
    --puck-line-height-reset: 1;
    --puck-line-height-xs: calc( var(--puck-space-m-unitless) / var(--puck-font-size-m-unitless) );
    --puck-line-height-s: calc( var(--puck-space-m-unitless) / var(--puck-font-size-s-unitless) );
    --puck-line-height-m: calc( var(--puck-space-m-unitless) / var(--puck-font-size-xs-unitless) );
    --puck-line-height-l: calc( var(--puck-space-m-unitless) / var(--puck-font-size-xxs-unitless) );
    --puck-line-height-xl: calc( var(--puck-space-m-unitless) / var(--puck-font-size-scale-base-unitless) );
    --puck-line-height-base: var(--puck-line-height-m);
    --puck-fallback-font-stack:
      -apple-system,
      BlinkMacSystemFont,
      Segoe UI,
      Helvetica Neue,
      sans-serif,
      Apple Color Emoji,
      Segoe UI Emoji,
      Segoe UI Symbol;
    --puck-font-family: Inter, var(--puck-fallback-font-stack);
    --puck-font-family-monospaced:
      ui-monospace,
      "Cascadia Code",
      "Source Code Pro",
      Menlo,
      Consolas,
      "DejaVu Sans Mono",
      monospace;
  }
  @supports (font-variation-settings: normal) {
    :root {
      --puck-font-family: InterVariable, var(--puck-fallback-font-stack);
    }
  }
}

/* bundle/core.css */
:root {
  --_puck-styles-loaded: "true";
}
#frame-root {
  height: 1px;
  min-height: 100vh;
}
[data-puck-entry] {
  position: relative;
  z-index: 0;
}

/* bundle/index.css */

/* css-module:/home/runner/work/puck/puck/packages/core/components/ActionBar/styles.module.css/#css-module-data */
._ActionBar_5vdfr_1 {
  align-items: center;
  cursor: default;
  display: flex;
  width: auto;
  padding-top: var(--puck-actionbar-space-y, var(--puck-space-1));
  padding-bottom: var(--puck-actionbar-space-y, var(--puck-space-1));
  padding-inline-start: var(--puck-actionbar-space-x, 0);
  padding-inline-end: var(--puck-actionbar-space-x, 0);
  border-radius: var(--puck-actionbar-radius, var(--puck-radius-l));
  background: var(--puck-actionbar-color-bg, var(--puck-color-surface-inverse));
  color: var(--puck-color-text-inverse);
  font-family: var(--puck-font-family);
  min-height: 26px;
}
._ActionBar-label_5vdfr_17 {
  color: var(--puck-actionbar-color-text, var(--puck-color-text-inverse));
  font-size: var(--puck-actionbar-font-size, var(--puck-font-size-xxxs));
  opacity: var(--puck-actionbar-opacity-text, var(--puck-opacity-text-inverse));
  font-weight: var(--puck-font-weight-medium);
  padding-inline-start: var(--puck-space-2);
  padding-inline-end: var(--puck-space-2);
  margin-inline-start: var(--puck-space-1);
  margin-inline-end: var(--puck-space-1);
  text-overflow: ellipsis;
  white-space: nowrap;
}
._ActionBarAction_5vdfr_30 + ._ActionBar-label_5vdfr_17 {
  padding-inline-start: 0;
}
._ActionBar-label_5vdfr_17 + ._ActionBarAction_5vdfr_30 {
  margin-inline-start: calc(var(--puck-space-1) * -1);
}
._ActionBar-group_5vdfr_38 {
  align-items: center;
  border-inline-start: var(--puck-border-width-hairline) solid var(--puck-actionbar-color-separator, var(--puck-color-border-inverse));
  display: flex;
  height: 100%;
  padding-inline-start: var(--puck-space-1);
  padding-inline-end: var(--puck-space-1);
}
._ActionBar-group_5vdfr_38:first-of-type {
  border-inline-start: 0;
}
._ActionBar-group_5vdfr_38:empty {
  display: none;
}
._ActionBarAction_5vdfr_30 {
  background: transparent;
  border: none;
  color: var(--puck-actionbar-color-text, var(--puck-color-text-inverse));
  cursor: pointer;
  padding: var(--puck-actionbar-action-space, 6px);
  margin-inline-start: var(--puck-space-1);
  margin-inline-end: var(--puck-space-1);
  border-radius: var(--puck-radius-m);
  overflow: hidden;
  display: flex;
  align-items: center;
  justify-content: center;
  opacity: var(--puck-actionbar-opacity-text, var(--puck-opacity-text-inverse));
  transition: color var(--puck-duration-fast) var(--puck-ease-exit), opacity var(--puck-duration-fast) var(--puck-ease-exit);
}
._ActionBarAction--disabled_5vdfr_74 {
  cursor: auto;
  color: var( --puck-actionbar-color-action-disabled, var(--puck-color-text-inverse) );
  opacity: var(--puck-actionbar-opacity-action-disabled, 0.54);
}
._ActionBarAction_5vdfr_30 svg {
  max-width: none !important;
}
._ActionBarAction_5vdfr_30:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: calc(var(--puck-border-width-focus) * -1);
}
@media (hover: hover) and (pointer: fine) {
  ._ActionBarAction_5vdfr_30:hover:not(._ActionBarAction--disabled_5vdfr_74) {
    color: var( --puck-actionbar-color-action-hover, var(--puck-color-interactive-inverse-hover) );
    opacity: 1;
    transition: none;
  }
}
._ActionBarAction_5vdfr_30:active:not(._ActionBarAction--disabled_5vdfr_74),
._ActionBarAction--active_5vdfr_104 {
  color: var( --puck-actionbar-color-action-active, var(--puck-color-interactive-inverse-active) );
  opacity: 1;
  transition: none;
}
._ActionBar-group_5vdfr_38 * {
  margin: 0;
}
._ActionBar-separator_5vdfr_117 {
  background: var( --puck-actionbar-color-separator, var(--puck-color-border-inverse) );
  margin-inline: var(--puck-space-1);
  width: var( --puck-border-width-hairline );
  height: 100%;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/AutoField/styles.module.css/#css-module-data */
._InputWrapper_qyenz_1 + ._InputWrapper_qyenz_1 {
  margin-top: var(--puck-space-3);
}
._Input-label_qyenz_5 {
  align-items: center;
  color: var(--puck-field-label-color-text, var(--puck-color-text-secondary));
  display: flex;
  padding-bottom: var(--puck-field-label-space-y, var(--puck-space-3));
  font-size: var(--puck-field-label-font-size, var(--puck-font-size-xxs));
  font-weight: var( --puck-field-label-font-weight, var(--puck-font-weight-semibold) );
}
._Input-labelIcon_qyenz_17 {
  color: var(--puck-field-label-color-icon, var(--puck-color-text-subtle));
  display: flex;
  margin-inline-end: var(--puck-space-1);
  padding-inline-start: var(--puck-space-1);
}
._Input-disabledIcon_qyenz_24 {
  color: var(--puck-color-text-muted);
  margin-inline-start: auto;
}
._Input-input_qyenz_29 {
  background: var(--puck-field-color-bg, var(--puck-color-surface));
  border-width: var( --puck-field-border-width, var(--puck-border-width-regular) );
  border-style: solid;
  border-color: var(--puck-field-color-border, var(--puck-color-border));
  border-radius: var(--puck-field-radius, var(--puck-radius-m));
  box-sizing: border-box;
  color: var(--puck-field-color-text, var(--puck-color-text));
  font-family: inherit;
  font-size: var(--puck-font-size-xs);
  padding: var(--puck-field-space-y, var(--puck-space-3)) var( --puck-field-space-x, calc( var(--puck-space-4) - var(--puck-field-border-width, var(--puck-border-width-regular)) ) );
  transition: border-color var(--puck-duration-fast) var(--puck-ease-exit);
  width: 100%;
  max-width: 100%;
}
@media (min-width: 458px) {
  ._Input-input_qyenz_29 {
    font-size: var(--puck-field-font-size, var(--puck-font-size-xxs));
  }
}
._Input-select_qyenz_61 {
  position: relative;
  width: 100%;
}
select._Input-input_qyenz_29 {
  appearance: none;
  cursor: pointer;
}
._Input-selectIcon_qyenz_71 {
  position: absolute;
  right: 12px;
  top: 50%;
  transform: translateY(-50%);
  pointer-events: none;
  fill: var(--puck-field-color-border, var(--puck-color-border));
  stroke-width: 0;
}
._Input-selectIcon_qyenz_71:dir(rtl) {
  right: auto;
  left: 12px;
}
@media (hover: hover) and (pointer: fine) {
  ._Input_qyenz_1:has(> input):hover ._Input-input_qyenz_29:not([readonly]),
  ._Input_qyenz_1:has(> textarea):hover ._Input-input_qyenz_29:not([readonly]) {
    border-color: var( --puck-field-color-border-hover, var(--puck-color-border-hover) );
    transition: none;
  }
  ._Input_qyenz_1:has(> ._Input-select_qyenz_61):hover ._Input-input_qyenz_29:not([disabled]) {
    color: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
    background-color: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    border-color: var( --puck-field-color-border-hover, var(--puck-color-border-hover) );
    transition: none;
  }
  ._Input_qyenz_1:not(._Input--readOnly_qyenz_111):has(> ._Input-select_qyenz_61):hover ._Input-selectIcon_qyenz_71 {
    fill: var(--puck-field-color-border-hover, var(--puck-color-border-hover));
  }
}
._Input-input_qyenz_29:focus {
  border-color: var( --puck-field-color-border-hover, var(--puck-color-border-hover) );
  outline: var(--puck-border-width-focus) solid var(--puck-field-color-border-focus, var(--puck-color-focus-ring));
  transition: none;
}
._Input--readOnly_qyenz_111 > ._Input-input_qyenz_29,
._Input--readOnly_qyenz_111 > ._Input-select_qyenz_61 > select._Input-input_qyenz_29 {
  background-color: var( --puck-field-color-bg-disabled, var(--puck-color-surface-muted) );
  border-color: var( --puck-field-color-border-disabled, var(--puck-color-border) );
  color: var( --puck-field-color-text-disabled, var(--puck-color-text-secondary) );
  cursor: default;
  opacity: 1;
  outline: 0;
  transition: none;
}
._Input--readOnly_qyenz_111 > ._Input-select_qyenz_61 > select._Input-input_qyenz_29 ~ ._Input-selectIcon_qyenz_71 {
  fill: var(--puck-field-color-text-disabled, var(--puck-color-text-secondary));
}
._Input-radioGroupItems_qyenz_150 {
  --_puck-field-radio-radius: var(--puck-field-radius, var(--puck-radius-m));
  --_puck-field-radio-border-width: var( --puck-field-border-width, var(--puck-border-width-regular) );
  --_puck-field-radio-border-color: var( --puck-field-color-border, var(--puck-color-border) );
  display: flex;
  border: var(--_puck-field-radio-border-width) solid var(--_puck-field-radio-border-color);
  border-radius: var(--_puck-field-radio-radius);
  flex-wrap: wrap;
}
._Input-radio_qyenz_150 {
  border-inline-end: var(--_puck-field-radio-border-width) solid var(--_puck-field-radio-border-color);
  flex-grow: 1;
}
._Input-radio_qyenz_150:first-of-type {
  border-bottom-left-radius: var(--_puck-field-radio-radius);
  border-top-left-radius: var(--_puck-field-radio-radius);
}
._Input-radio_qyenz_150:first-of-type ._Input-radioInner_qyenz_179 {
  border-bottom-left-radius: calc(var(--_puck-field-radio-radius) - var(--_puck-field-radio-border-width));
  border-top-left-radius: calc(var(--_puck-field-radio-radius) - var(--_puck-field-radio-border-width));
}
._Input-radio_qyenz_150:last-of-type {
  border-bottom-right-radius: var(--_puck-field-radio-radius);
  border-inline-end: 0;
  border-top-right-radius: var(--_puck-field-radio-radius);
}
._Input-radio_qyenz_150:last-of-type ._Input-radioInner_qyenz_179 {
  border-bottom-right-radius: calc(var(--_puck-field-radio-radius) - var(--_puck-field-radio-border-width));
  border-top-right-radius: calc(var(--_puck-field-radio-radius) - var(--_puck-field-radio-border-width));
}
._Input-radioInner_qyenz_179 {
  background-color: var(--puck-field-color-bg, var(--puck-color-surface));
  color: var(--puck-field-color-text, var(--puck-color-text));
  cursor: pointer;
  font-size: var(--puck-field-font-size, var(--puck-font-size-xxs));
  padding: var(--puck-field-space-y, var(--puck-space-3)) var( --puck-field-space-x, calc(var(--puck-space-4) - var(--_puck-field-radio-border-width)) );
  text-align: center;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
}
._Input-radio_qyenz_150:has(:focus-visible) {
  outline: var(--puck-border-width-focus) solid var(--puck-field-color-border-focus, var(--puck-color-focus-ring));
  outline-offset: var(--puck-border-width-focus);
  position: relative;
}
@media (hover: hover) and (pointer: fine) {
  ._Input-radioInner_qyenz_179:hover {
    background-color: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    color: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
    transition: none;
  }
}
._Input--readOnly_qyenz_111 ._Input-radioGroupItems_qyenz_150 {
  border-color: var( --puck-field-color-border-disabled, var(--puck-color-border) );
}
._Input--readOnly_qyenz_111 ._Input-radioInner_qyenz_179 {
  background-color: var(--puck-field-color-bg, var(--puck-color-surface));
  color: var(--puck-field-color-text, var(--puck-color-text-secondary));
  cursor: default;
}
._Input--readOnly_qyenz_111 ._Input-radio_qyenz_150 {
  border-inline-end: var(--_puck-field-radio-border-width) solid var(--puck-field-color-border-disabled, var(--puck-color-border));
}
._Input--readOnly_qyenz_111 ._Input-radio_qyenz_150:last-of-type {
  border-inline-end: 0;
}
._Input-radio_qyenz_150 ._Input-radioInput_qyenz_261:checked ~ ._Input-radioInner_qyenz_179 {
  background-color: var( --puck-field-color-bg-active, var(--puck-color-interactive-soft) );
  color: var(--puck-field-color-text-active, var(--puck-color-interactive));
  font-weight: var(--puck-font-weight-medium);
}
._Input--readOnly_qyenz_111 ._Input-radioInput_qyenz_261:checked ~ ._Input-radioInner_qyenz_179 {
  background-color: var( --puck-field-color-bg-disabled, var(--puck-color-surface-muted) );
  color: var( --puck-field-color-text-disabled, var(--puck-color-text-secondary) );
}
._Input-radio_qyenz_150 ._Input-radioInput_qyenz_261 {
  clip: rect(0 0 0 0);
  clip-path: inset(100%);
  height: 1px;
  overflow: hidden;
  position: absolute;
  white-space: nowrap;
  width: 1px;
}
textarea._Input-input_qyenz_29 {
  margin-bottom: calc(var(--puck-space-1) * -1);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/AutoField/fields/ArrayField/styles.module.css/#css-module-data */
._ArrayField_62huh_5 {
  --_puck-field-array-border-color: var( --puck-field-color-border, var(--puck-color-border) );
  --_puck-field-array-border-width: var( --puck-field-border-width, var(--puck-border-width-regular) );
  --_puck-field-array-radius: var(--puck-field-radius, var(--puck-radius-m));
  --_puck-field-array-radius-inner: calc( var(--_puck-field-array-radius) - var(--_puck-field-array-border-width) );
  display: flex;
  flex-direction: column;
  background: var( --puck-field-color-bg-active, var(--puck-color-interactive-soft) );
  border: var(--_puck-field-array-border-width) solid var(--_puck-field-array-border-color);
  border-radius: var(--_puck-field-array-radius);
}
._ArrayField--isDraggingFrom_62huh_30 {
  background-color: var( --puck-field-color-bg-active, var(--puck-color-interactive-soft) );
  overflow: hidden;
}
._ArrayField-addButton_62huh_38 {
  background-color: var(--puck-field-color-bg, var(--puck-color-surface));
  border: none;
  border-radius: var(--_puck-field-array-radius-inner);
  display: flex;
  color: var(--puck-field-array-add-color-icon, var(--puck-color-interactive));
  justify-content: center;
  cursor: pointer;
  width: 100%;
  margin: 0;
  padding: calc(var(--puck-field-space-y, var(--puck-space-3)) + 2px) var( --puck-field-space-x, calc(var(--puck-space-4) - var(--_puck-field-array-border-width)) );
  text-align: left;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit);
}
._ArrayField--hasItems_62huh_58 > ._ArrayField-addButton_62huh_38 {
  border-top: var(--_puck-field-array-border-width) solid var(--_puck-field-array-border-color);
  border-top-left-radius: 0;
  border-top-right-radius: 0;
}
._ArrayField-addButton_62huh_38:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
  position: relative;
}
@media (hover: hover) and (pointer: fine) {
  ._ArrayField_62huh_5:not(._ArrayField--isDraggingFrom_62huh_30) > ._ArrayField-addButton_62huh_38:hover {
    background: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    color: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
    transition: none;
  }
}
._ArrayField_62huh_5:not(._ArrayField--isDraggingFrom_62huh_30) > ._ArrayField-addButton_62huh_38:active {
  background: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
  transition: none;
}
._ArrayField-inner_62huh_93 {
  margin-top: -1px;
}
._ArrayFieldItem_62huh_101 {
  display: block;
  position: relative;
  border-top-left-radius: var(--_puck-field-array-radius-inner);
  border-top-right-radius: var(--_puck-field-array-radius-inner);
  border-top: var(--_puck-field-array-border-width) solid var(--_puck-field-array-border-color);
}
._ArrayFieldItem--isDragging_62huh_110 {
  border-top: transparent;
}
._ArrayFieldItem--isExpanded_62huh_114::before {
  display: none;
}
._ArrayFieldItem--isExpanded_62huh_114 {
  border-bottom: 0;
  outline-offset: 0px !important;
  outline: var(--_puck-field-array-border-width) solid var(--puck-field-color-border-focus, var(--puck-color-focus-ring)) !important;
  z-index: 2;
}
._ArrayFieldItem--isDragging_62huh_110 {
  outline: var(--puck-border-width-focus) var(--puck-field-color-border-dragging, var(--puck-color-selection-border)) solid !important;
}
._ArrayFieldItem--isDragging_62huh_110 ._ArrayFieldItem-summary_62huh_132:active {
  background-color: var(--puck-field-color-bg, var(--puck-color-surface));
}
._ArrayFieldItem_62huh_101 + ._ArrayFieldItem_62huh_101 {
  border-top-left-radius: 0;
  border-top-right-radius: 0;
}
._ArrayFieldItem-summary_62huh_132 {
  --_puck-drag-icon-color: var(--puck-field-color-text, var(--puck-color-text));
  --_puck-drag-icon-color-hover: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
  background: var(--puck-field-color-bg, var(--puck-color-surface));
  color: var(--puck-field-color-text, var(--puck-color-text));
  cursor: pointer;
  display: flex;
  align-items: center;
  gap: 2px;
  justify-content: space-between;
  font-size: var(--puck-field-font-size, var(--puck-font-size-xxs));
  list-style: none;
  padding: var(--puck-field-space-y, var(--puck-space-3)) var( --puck-field-space-x, calc(var(--puck-space-4) - var(--_puck-field-array-border-width)) );
  position: relative;
  overflow: hidden;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit);
}
._ArrayFieldItem--noFields_62huh_167 > ._ArrayFieldItem-summary_62huh_132 {
  cursor: grab;
}
._ArrayFieldItem_62huh_101:first-of-type > ._ArrayFieldItem-summary_62huh_132 {
  border-top-left-radius: var(--_puck-field-array-radius-inner);
  border-top-right-radius: var(--_puck-field-array-radius-inner);
}
._ArrayField--addDisabled_62huh_176 > ._ArrayField-inner_62huh_93 > ._ArrayFieldItem_62huh_101:last-of-type:not(._ArrayFieldItem--isExpanded_62huh_114) > ._ArrayFieldItem-summary_62huh_132 {
  border-bottom-left-radius: var(--_puck-field-array-radius-inner);
  border-bottom-right-radius: var(--_puck-field-array-radius-inner);
}
._ArrayField--addDisabled_62huh_176 > ._ArrayField-inner_62huh_93 > ._ArrayFieldItem--isExpanded_62huh_114:last-of-type {
  border-bottom-left-radius: var(--_puck-field-array-radius-inner);
  border-bottom-right-radius: var(--_puck-field-array-radius-inner);
}
._ArrayFieldItem-summary_62huh_132:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._ArrayFieldItem-summary_62huh_132:hover {
    background-color: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    color: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
    transition: none;
  }
}
._ArrayFieldItem-summary_62huh_132:active {
  background-color: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
  transition: none;
}
._ArrayFieldItem--isExpanded_62huh_114 > ._ArrayFieldItem-summary_62huh_132 {
  background: var( --puck-field-color-bg-active, var(--puck-color-interactive-soft) );
  color: var(--puck-field-color-text-active, var(--puck-color-interactive));
  font-weight: var(--puck-font-weight-semibold);
  transition: none;
}
._ArrayFieldItem-body_62huh_228 {
  background: var(--puck-field-color-surface, var(--puck-color-surface));
  display: none;
}
._ArrayFieldItem--isExpanded_62huh_114 > ._ArrayFieldItem-body_62huh_228 {
  display: block;
}
._ArrayFieldItem-fieldset_62huh_237 {
  border: none;
  border-top: var(--_puck-field-array-border-width) solid var(--_puck-field-array-border-color);
  margin: 0;
  min-width: 0;
  padding: var(--puck-field-space-surface-y, var(--puck-space-4)) var( --puck-field-space-surface-x, calc(var(--puck-space-4) - var(--_puck-field-array-border-width)) );
}
._ArrayFieldItem-rhs_62huh_250 {
  display: flex;
  gap: var(--puck-space-1);
  align-items: center;
}
._ArrayFieldItem-actions_62huh_256 {
  color: var(--puck-color-text-secondary);
  display: flex;
  gap: var(--puck-space-1);
  opacity: 0;
}
._ArrayFieldItem-summary_62huh_132:focus-within > ._ArrayFieldItem-rhs_62huh_250 > ._ArrayFieldItem-actions_62huh_256,
._ArrayFieldItem-summary_62huh_132:hover > ._ArrayFieldItem-rhs_62huh_250 > ._ArrayFieldItem-actions_62huh_256 {
  opacity: 1;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/IconButton/IconButton.module.css/#css-module-data */
._IconButton_1pxxt_1 {
  align-items: center;
  background: var(--puck-iconbutton-color-bg, transparent);
  border: none;
  border-radius: var(--puck-iconbutton-radius, var(--puck-radius-m));
  color: var(--puck-iconbutton-color-icon, currentColor);
  display: flex;
  font-family: var(--puck-font-family);
  justify-content: center;
  padding: var(--puck-iconbutton-space, var(--puck-space-1));
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
}
._IconButton--active_1pxxt_15 {
  color: var( --puck-iconbutton-color-icon-active, var(--puck-color-interactive) );
}
._IconButton_1pxxt_1:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: calc(var(--puck-border-width-focus) * -1);
}
@media (hover: hover) and (pointer: fine) {
  ._IconButton_1pxxt_1:hover:not(._IconButton--disabled_1pxxt_28) {
    background: var( --_puck-iconbutton-color-bg-hover, var( --puck-iconbutton-color-bg-hover, var(--puck-color-interactive-neutral-hover) ) );
    color: var( --puck-iconbutton-color-icon-hover, var(--puck-color-interactive) );
    cursor: pointer;
    transition: none;
  }
}
._IconButton_1pxxt_1:active {
  background: var( --puck-iconbutton-color-bg-active, var(--puck-color-interactive-soft) );
  transition: none;
}
._IconButton--disabled_1pxxt_28 {
  color: var( --puck-iconbutton-color-icon-disabled, var(--puck-color-text-subtle) );
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Loader/styles.module.css/#css-module-data */
@keyframes _loader-animation_1w5zn_1 {
  0% {
    transform: rotate(0deg) scale(1);
  }
  50% {
    transform: rotate(180deg) scale(0.8);
  }
  100% {
    transform: rotate(360deg) scale(1);
  }
}
._Loader_1w5zn_13 {
  background: transparent;
  border-radius: var(--puck-radius-round);
  border: var(--puck-border-width-focus) solid currentColor;
  border-bottom-color: transparent;
  display: inline-block;
  animation: _loader-animation_1w5zn_1 1s 0s infinite linear;
  animation-fill-mode: both;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/DragIcon/styles.module.css/#css-module-data */
._DragIcon_5e515_1 {
  color: var(--_puck-drag-icon-color, var(--puck-color-text-muted));
  cursor: grab;
  padding: var(--puck-space-1);
  border-radius: var(--puck-radius-m);
}
._DragIcon--disabled_5e515_10 {
  cursor: no-drop;
}
@media (hover: hover) and (pointer: fine) {
  ._DragIcon_5e515_1:not(._DragIcon--disabled_5e515_10):hover {
    color: var(--_puck-drag-icon-color-hover, var(--puck-color-focus-ring));
  }
}

/* components/Sortable/styles.css */
[data-dnd-placeholder]:not([data-puck-line-drag] *) * {
  opacity: 0 !important;
}
[data-dnd-placeholder]:not([data-puck-line-drag] *) {
  background: var( --_puck-field-array-color-placeholder, var(--puck-color-azure-06) ) !important;
  border: none !important;
  color: transparent !important;
  opacity: 0.3 !important;
  outline: none !important;
  transition: none !important;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/ExternalInput/styles.module.css/#css-module-data */
._ExternalInput-actions_143vl_1 {
  display: flex;
}
._ExternalInput-button_143vl_5 {
  display: flex;
  gap: var(--puck-space-2);
  align-items: center;
  justify-content: center;
  background-color: var(--puck-field-color-bg, var(--puck-color-surface));
  border: var(--puck-field-border-width, var(--puck-border-width-regular)) solid var(--puck-field-color-border, var(--puck-color-border));
  border-radius: var(--puck-field-radius, var(--puck-radius-m));
  color: var(--puck-field-color-text-active, var(--puck-color-interactive));
  padding: var(--puck-field-space-y, var(--puck-space-3)) var( --puck-field-space-x, calc( var(--puck-space-4) - var(--puck-field-border-width, var(--puck-border-width-regular)) ) );
  font-size: var(--puck-field-font-size, var(--puck-font-size-xxs));
  font-weight: var(--puck-font-weight-medium);
  white-space: nowrap;
  text-overflow: ellipsis;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit);
  position: relative;
  overflow: hidden;
  flex-grow: 1;
  cursor: pointer;
}
._ExternalInput--dataSelected_143vl_34 ._ExternalInput-button_143vl_5 {
  color: var(--puck-field-color-text, var(--puck-color-text));
  display: block;
  border-top-right-radius: 0px;
  border-bottom-right-radius: 0px;
}
._ExternalInput--readOnly_143vl_41 ._ExternalInput-button_143vl_5 {
  background-color: var( --puck-field-color-bg-disabled, var(--puck-color-surface-muted) );
}
._ExternalInput-detachButton_143vl_48 {
  border: var(--puck-field-border-width, var(--puck-border-width-regular)) solid var(--puck-field-color-border, var(--puck-color-border));
  border-top-right-radius: var(--puck-field-radius, var(--puck-radius-m));
  border-bottom-right-radius: var(--puck-field-radius, var(--puck-radius-m));
  background-color: var( --puck-field-external-detach-color-bg, var(--puck-color-surface-subtle) );
  color: var( --puck-field-external-detach-color-text, var(--puck-color-text-muted) );
  display: flex;
  gap: var(--puck-space-2);
  align-items: center;
  justify-content: center;
  padding: var(--puck-space-2) var(--puck-space-3);
  position: relative;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
  margin-inline-start: -1px;
  cursor: pointer;
}
._ExternalInput-button_143vl_5:focus-visible,
._ExternalInput-detachButton_143vl_48:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
  z-index: 1;
}
@media (hover: hover) and (pointer: fine) {
  ._ExternalInput_143vl_1:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-button_143vl_5:hover,
  ._ExternalInput_143vl_1:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-detachButton_143vl_48:hover {
    background: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    transition: none;
  }
  ._ExternalInput_143vl_1:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-detachButton_143vl_48:hover {
    color: var( --puck-field-color-text-hover, var(--puck-field-external-detach-color-text, var(--puck-color-text-muted)) );
  }
  ._ExternalInput--dataSelected_143vl_34:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-button_143vl_5:hover {
    color: var( --puck-field-color-text-hover, var(--puck-field-color-text, var(--puck-color-text)) );
  }
}
._ExternalInput_143vl_1:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-button_143vl_5:active,
._ExternalInput_143vl_1:not(._ExternalInput--readOnly_143vl_41) ._ExternalInput-detachButton_143vl_48:active {
  background: var( --puck-field-color-bg-hover, var(--puck-color-interactive-soft-hover) );
  transition: none;
}
._ExternalInputModal_143vl_118 {
  color: var(--puck-color-text);
  display: grid;
  grid-template-rows: min-content minmax(128px, 100%) min-content;
  grid-template-columns: 100%;
  position: relative;
  min-height: 50dvh;
  max-height: 90dvh;
}
._ExternalInputModal-grid_143vl_128 {
  display: flex;
  flex-direction: column;
}
@media (min-width: 458px) {
  ._ExternalInputModal-grid_143vl_128 {
    display: grid;
    grid-template-columns: 100%;
  }
  ._ExternalInputModal--filtersToggled_143vl_139 ._ExternalInputModal-grid_143vl_128 {
    grid-template-columns: 25% 75%;
  }
}
._ExternalInputModal-filters_143vl_144 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
}
._ExternalInputModal--filtersToggled_143vl_139 ._ExternalInputModal-filters_143vl_144 {
  display: none;
}
@media (min-width: 458px) {
  ._ExternalInputModal-filters_143vl_144 {
    border-inline-end: var(--puck-border-width-regular) solid var(--puck-color-border);
    display: none;
  }
  ._ExternalInputModal--filtersToggled_143vl_139 ._ExternalInputModal-filters_143vl_144 {
    display: block;
  }
}
._ExternalInputModal-masthead_143vl_164 {
  background-color: var(--puck-color-surface-subtle);
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  display: flex;
  flex-wrap: wrap;
  gap: var(--puck-space-5);
  padding: var(--puck-space-5);
}
._ExternalInputModal-tableWrapper_143vl_173 {
  position: relative;
  overflow-x: auto;
  overflow-y: auto;
  flex-grow: 1;
}
._ExternalInputModal-table_143vl_173 {
  border-collapse: unset;
  border-spacing: 0px;
  color: var(--puck-color-text);
  position: relative;
  z-index: 0;
  min-width: 100%;
}
._ExternalInputModal-thead_143vl_189 {
  background-color: var(--puck-color-surface);
  position: sticky;
  top: 0;
  z-index: 1;
}
._ExternalInputModal-th_143vl_189 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  color: var(--puck-color-text-secondary);
  font-weight: var(--puck-font-weight-medium);
  font-size: var(--puck-font-size-xxs);
  padding: var(--puck-space-4) var(--puck-space-5);
}
._ExternalInputModal-td_143vl_204 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border-muted);
  padding: var(--puck-space-4) var(--puck-space-5);
}
._ExternalInputModal-tr_143vl_210 ._ExternalInputModal-td_143vl_204:first-of-type {
  font-weight: var(--puck-font-weight-medium);
  width: 1%;
  white-space: nowrap;
}
@media (hover: hover) and (pointer: fine) {
  ._ExternalInputModal-tbody_143vl_217 ._ExternalInputModal-tr_143vl_210:hover {
    background: var(--puck-color-interactive-soft-hover);
    color: var(--puck-color-interactive);
    cursor: pointer;
    position: relative;
    margin-inline-start: -5px;
  }
  ._ExternalInputModal-tbody_143vl_217 ._ExternalInputModal-tr_143vl_210:hover ._ExternalInputModal-td_143vl_204:first-of-type {
    border-inline-start: var(--puck-border-width-strong) solid var(--puck-color-interactive);
    padding-inline-start: 20px;
  }
}
._ExternalInputModal-tbody_143vl_217 ._ExternalInputModal-tr_143vl_210:last-of-type ._ExternalInputModal-td_143vl_204 {
  border-bottom: none;
}
._ExternalInputModal-tableWrapper_143vl_173 {
  display: none;
}
._ExternalInputModal--hasData_143vl_244 ._ExternalInputModal-tableWrapper_143vl_173 {
  display: block;
}
._ExternalInputModal-loadingBanner_143vl_248 {
  display: none;
  background-color: color-mix(in srgb, var(--puck-color-surface) 90%, transparent);
  padding: 64px;
  align-items: center;
  justify-content: center;
  position: absolute;
  top: 0;
  left: 0;
  right: 0;
  bottom: 0;
}
._ExternalInputModal--isLoading_143vl_265 ._ExternalInputModal-loadingBanner_143vl_248 {
  display: flex;
}
._ExternalInputModal-searchForm_143vl_269 {
  display: flex;
  flex-wrap: wrap;
  gap: var(--puck-space-3);
  flex-grow: 1;
}
@media (min-width: 458px) {
  ._ExternalInputModal-searchForm_143vl_269 {
    flex-wrap: nowrap;
  }
}
._ExternalInputModal-search_143vl_269 {
  display: flex;
  background: var(--puck-color-surface);
  border-width: var(--puck-border-width-regular);
  border-style: solid;
  border-color: var(--puck-color-border);
  border-radius: var(--puck-radius-m);
  flex-grow: 1;
  transition: border-color var(--puck-duration-fast) var(--puck-ease-exit);
}
._ExternalInputModal-search_143vl_269:focus-within {
  border-color: var(--puck-color-border-hover);
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  transition: none;
}
@media (hover: hover) and (pointer: fine) {
  ._ExternalInputModal-search_143vl_269:hover {
    border-color: var(--puck-color-border-hover);
    transition: none;
  }
}
._ExternalInputModal-searchIcon_143vl_306 {
  align-items: center;
  background: var(--puck-color-surface-subtle);
  border-bottom-left-radius: var(--puck-radius-m);
  border-top-left-radius: var(--puck-radius-m);
  border-inline-end: var(--puck-border-width-regular) solid var(--puck-color-border);
  color: var(--puck-color-text-subtle);
  display: flex;
  justify-content: center;
  padding: var(--puck-space-3) calc(var(--puck-space-4) - var(--puck-border-width-regular));
  transition: color var(--puck-duration-fast) var(--puck-ease-exit);
}
._ExternalInputModal-search_143vl_269:focus-within ._ExternalInputModal-searchIcon_143vl_306 {
  color: var(--puck-color-text-secondary);
  transition: none;
}
@media (hover: hover) and (pointer: fine) {
  ._ExternalInputModal-search_143vl_269:hover ._ExternalInputModal-searchIcon_143vl_306 {
    color: var(--puck-color-text-secondary);
    transition: none;
  }
}
._ExternalInputModal-searchIconText_143vl_333 {
  clip: rect(0 0 0 0);
  clip-path: inset(100%);
  height: 1px;
  overflow: hidden;
  position: absolute;
  white-space: nowrap;
  width: 1px;
}
._ExternalInputModal-searchInput_143vl_343 {
  border: none;
  border-radius: var(--puck-radius-m);
  background: var(--puck-color-surface);
  font-family: inherit;
  font-size: var(--puck-font-size-xxs);
  padding: var(--puck-space-3) calc(var(--puck-space-4) - var(--puck-border-width-regular));
  width: 100%;
}
._ExternalInputModal-searchInput_143vl_343:focus {
  outline: 0;
}
._ExternalInputModal-searchActions_143vl_358 {
  display: flex;
  gap: var(--puck-space-2);
  height: 44px;
  width: 100%;
}
@media (min-width: 458px) {
  ._ExternalInputModal-searchActions_143vl_358 {
    width: auto;
  }
}
._ExternalInputModal-searchActionIcon_143vl_371 {
  align-self: center;
}
._ExternalInputModal-footerContainer_143vl_375 {
  background-color: var(--puck-color-surface-subtle);
  border-top: var(--puck-border-width-regular) solid var(--puck-color-border);
  color: var(--puck-color-text-secondary);
  padding: var(--puck-space-4);
}
._ExternalInputModal-footer_143vl_375 {
  font-weight: var(--puck-font-weight-medium);
  font-size: var(--puck-font-size-xxs);
  text-align: right;
}
._ExternalInputModal-field_143vl_388 {
  color: var(--puck-color-text-secondary);
  margin: var(--puck-space-4);
  margin-bottom: var(--puck-space-3);
  display: block;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Modal/styles.module.css/#css-module-data */
._Modal_g5xob_1 {
  background: var(--puck-color-overlay-backdrop);
  display: none;
  justify-content: center;
  align-items: center;
  position: fixed;
  top: 0;
  left: 0;
  bottom: 0;
  right: 0;
  z-index: 1;
  padding: 32px;
}
._Modal--isOpen_g5xob_15 {
  display: flex;
}
._Modal-inner_g5xob_19 {
  width: 100%;
  max-width: 1024px;
  border-radius: var(--puck-radius-l);
  overflow: hidden;
  background: var(--puck-color-surface);
  display: flex;
  flex-direction: column;
  max-height: 90dvh;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Heading/styles.module.css/#css-module-data */
._Heading_97eh4_1 {
  display: block;
  color: var(--_puck-heading-color, var(--puck-color-text));
  font-weight: var(--puck-font-weight-bold);
  margin: 0;
}
._Heading_97eh4_1 b {
  font-weight: var(--puck-font-weight-bold);
}
._Heading--xxxxl_97eh4_12 {
  font-size: var(--puck-font-size-xxxxl);
  letter-spacing: var(--puck-letter-spacing-heading);
  font-weight: var(--puck-font-weight-heavy);
}
._Heading--xxxl_97eh4_18 {
  font-size: var(--puck-font-size-xxxl);
}
._Heading--xxl_97eh4_22 {
  font-size: var(--puck-font-size-xxl);
}
._Heading--xl_97eh4_26 {
  font-size: var(--puck-font-size-xl);
}
._Heading--l_97eh4_30 {
  font-size: var(--puck-font-size-l);
}
._Heading--m_97eh4_34 {
  font-size: var(--puck-font-size-m);
}
._Heading--s_97eh4_38 {
  font-size: var(--puck-font-size-s);
}
._Heading--xs_97eh4_42 {
  font-size: var(--puck-font-size-xs);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Button/Button.module.css/#css-module-data */
._Button_oe4qj_1 {
  --_puck-button-default-space-x: 20px;
  --_puck-button-default-font-size: var(--puck-font-size-xxs);
  --_puck-button-default-font-weight: var(--puck-font-weight-regular);
  --_puck-button-default-color-bg-disabled: var(--puck-color-bg-disabled);
  --_puck-button-default-color-text-disabled: var(--puck-color-text-disabled);
  appearance: none;
  background: none;
  border: var(--puck-border-width-regular) solid transparent;
  border-radius: var(--puck-button-radius, var(--puck-radius-m));
  color: var(--puck-color-text-inverse);
  display: inline-flex;
  align-items: center;
  gap: var(--puck-space-2);
  letter-spacing: var(--puck-letter-spacing-ui);
  font-family: var(--puck-font-family);
  box-sizing: border-box;
  line-height: 1;
  text-align: center;
  text-decoration: none;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
  cursor: pointer;
  white-space: nowrap;
  margin: 0;
}
._Button_oe4qj_1:hover,
._Button_oe4qj_1:active {
  transition: none;
}
._Button--medium_oe4qj_34 {
  min-height: 34px;
  padding-bottom: var( --puck-button-medium-space-y, calc(var(--puck-space-2) - var(--puck-border-width-regular)) );
  padding-inline-start: var( --puck-button-medium-space-x, calc(var(--_puck-button-default-space-x) - var(--puck-border-width-regular)) );
  padding-inline-end: var( --puck-button-medium-space-x, calc(var(--_puck-button-default-space-x) - var(--puck-border-width-regular)) );
  padding-top: var( --puck-button-medium-space-y, calc(var(--puck-space-2) - var(--puck-border-width-regular)) );
  font-weight: var( --puck-button-medium-font-weight, var(--_puck-button-default-font-weight) );
  font-size: var( --puck-button-medium-font-size, var(--_puck-button-default-font-size) );
}
._Button--large_oe4qj_62 {
  padding-bottom: var( --puck-button-large-space-y, calc(var(--puck-space-3) - var(--puck-border-width-regular)) );
  padding-inline-start: var( --puck-button-large-space-x, calc(var(--_puck-button-default-space-x) - var(--puck-border-width-regular)) );
  padding-inline-end: var( --puck-button-large-space-x, calc(var(--_puck-button-default-space-x) - var(--puck-border-width-regular)) );
  padding-top: var( --puck-button-large-space-y, calc(var(--puck-space-3) - var(--puck-border-width-regular)) );
  font-weight: var( --puck-button-large-font-weight, var(--_puck-button-default-font-weight) );
  font-size: var( --puck-button-large-font-size, var(--_puck-button-default-font-size) );
}
._Button-icon_oe4qj_89 {
  margin-top: 2px;
}
._Button--primary_oe4qj_93 {
  background: var( --puck-button-primary-color-bg, var(--puck-color-interactive) );
  border-color: var(--puck-button-primary-color-border, transparent);
  color: var(--puck-button-primary-color-text, var(--puck-color-text-inverse));
}
._Button_oe4qj_1:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._Button--primary_oe4qj_93:hover {
    background-color: var( --puck-button-primary-color-bg-hover, var(--puck-color-interactive-hover) );
  }
}
._Button--primary_oe4qj_93:active {
  background-color: var( --puck-button-primary-color-bg-active, var(--puck-color-interactive-active) );
}
._Button--primary_oe4qj_93._Button--disabled_oe4qj_123,
._Button--primary_oe4qj_93._Button--disabled_oe4qj_123:hover {
  background-color: var( --puck-button-primary-color-bg-disabled, var(--_puck-button-default-color-bg-disabled) );
  color: var( --puck-button-primary-color-text-disabled, var(--_puck-button-default-color-text-disabled) );
}
._Button--secondary_oe4qj_135 {
  background: var(--puck-button-secondary-color-bg, transparent);
  border-color: var(--puck-button-secondary-color-border, currentColor);
  color: var(--puck-button-secondary-color-text, currentColor);
}
@media (hover: hover) and (pointer: fine) {
  ._Button--secondary_oe4qj_135:hover {
    background-color: var( --puck-button-secondary-color-bg-hover, var(--puck-color-interactive-soft) );
    color: var(--puck-button-secondary-color-text, var(--puck-color-text));
  }
}
._Button--secondary_oe4qj_135:active {
  background-color: var( --puck-button-secondary-color-bg-active, var(--puck-color-interactive-soft) );
  color: var(--puck-button-secondary-color-text, var(--puck-color-text));
}
._Button--secondary_oe4qj_135._Button--disabled_oe4qj_123,
._Button--secondary_oe4qj_135._Button--disabled_oe4qj_123:hover {
  background-color: var( --puck-button-secondary-color-bg-disabled, var(--_puck-button-default-color-bg-disabled) );
  color: var( --puck-button-secondary-color-text-disabled, var(--_puck-button-default-color-text-disabled) );
}
._Button--flush_oe4qj_171 {
  border-radius: var(--puck-radius-none);
}
._Button--disabled_oe4qj_123:hover {
  cursor: not-allowed;
}
._Button--fullWidth_oe4qj_179 {
  justify-content: center;
  width: 100%;
}
._Button-spinner_oe4qj_184 {
  padding-inline-start: var(--puck-space-2);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/RichTextMenu/styles.module.css/#css-module-data */
._RichTextMenu_1ve2j_1 {
  display: flex;
  flex-direction: row;
  flex-wrap: nowrap;
}
._RichTextMenu--form_1ve2j_7 {
  border-top-left-radius: var(--puck-field-radius, var(--puck-radius-m));
  border-top-right-radius: var(--puck-field-radius, var(--puck-radius-m));
  padding: var(--puck-field-richtext-menu-space-y, 6px) var(--puck-field-richtext-menu-space-x, 6px);
  background-color: var( --puck-field-richtext-menu-color-bg, var(--puck-color-surface-subtle) );
  position: relative;
  scrollbar-width: none;
  overflow-x: auto;
}
._RichTextMenu-group_1ve2j_21 {
  display: flex;
  align-items: space-between;
  flex-direction: row;
  flex-wrap: nowrap;
  padding-inline: 6px;
  gap: 2px;
  position: relative;
}
._RichTextMenu-group_1ve2j_21:first-of-type {
  padding-left: 0;
}
._RichTextMenu-group_1ve2j_21:last-of-type {
  padding-right: 0;
}
._RichTextMenu--inline_1ve2j_39 ._RichTextMenu-group_1ve2j_21 {
  color: var(--puck-color-text-inverse);
  gap: 0px;
  flex-wrap: nowrap;
}
._RichTextMenu-group_1ve2j_21 + ._RichTextMenu-group_1ve2j_21 {
  border-left: var(--puck-border-width-regular) solid var( --puck-field-richtext-menu-color-separator, var(--puck-color-border-muted) );
}
._RichTextMenu--inline_1ve2j_39 ._RichTextMenu-group_1ve2j_21 + ._RichTextMenu-group_1ve2j_21 {
  border-left: var(--puck-border-width-hairline) solid var(--puck-color-border-inverse);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/RichTextMenu/components/Control/styles.module.css/#css-module-data */
._Control_id4pm_1 .lucide {
  height: var(--puck-icon-size-m);
  width: var(--puck-icon-size-m);
}
._Control--inline_id4pm_6 .lucide {
  height: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
  width: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Select/styles.module.css/#css-module-data */
._Select_1n4iv_1 {
  position: relative;
  z-index: 1;
}
._Select-buttonInner_1n4iv_6 {
  align-items: center;
  display: flex;
}
._Select-buttonIcon_1n4iv_11 {
  align-items: center;
  display: flex;
  justify-content: center;
}
._Select--standalone_1n4iv_17 ._Select-buttonIcon_1n4iv_11 .lucide {
  height: var(--puck-icon-size-m);
  width: var(--puck-icon-size-m);
}
._Select--actionBar_1n4iv_22 ._Select-buttonIcon_1n4iv_11 .lucide {
  height: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
  width: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
}
._Select-items_1n4iv_27 {
  background: var(--puck-color-surface);
  border: var(--puck-border-width-regular) solid var(--puck-color-border);
  border-radius: var(--puck-radius-l);
  margin: 10px 8px;
  margin-left: 0;
  padding: var(--puck-space-1);
  z-index: 2;
  list-style: none;
}
._SelectItem_1n4iv_38 {
  background: transparent;
  border-radius: var(--puck-radius-m);
  border: none;
  color: var(--puck-color-text-secondary);
  cursor: pointer;
  display: flex;
  gap: var(--puck-space-2);
  align-items: center;
  font-size: var(--puck-font-size-xxs);
  margin: 0;
  padding: var(--puck-space-2) var(--puck-space-3);
  width: 100%;
}
._SelectItem--isSelected_1n4iv_53 {
  background: var(--puck-color-interactive-soft);
  color: var(--puck-color-interactive);
  font-weight: var(--puck-font-weight-medium);
}
._SelectItem--isSelected_1n4iv_53 ._SelectItem-icon_1n4iv_59 {
  color: var(--puck-color-interactive);
}
._SelectItem_1n4iv_38:hover {
  background: var(--puck-color-interactive-soft);
  color: var(--puck-color-interactive);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/RichTextEditor/styles.module.css/#css-module-data */
._RichTextEditor_5wzos_1 .ProseMirror {
  white-space: pre-wrap;
  word-wrap: break-word;
  cursor: text;
  outline: none;
  position: relative;
}
._RichTextEditor_5wzos_1 .rich-text * {
  white-space: pre-wrap;
  user-select: auto;
  -webkit-user-select: auto;
}
._RichTextEditor_5wzos_1 .rich-text blockquote {
  margin: 1em 0;
  padding: 0 1em;
  border-left: var(--puck-border-width-strong) solid var(--puck-color-border);
}
._RichTextEditor_5wzos_1 .rich-text code {
  background-color: var(--puck-color-surface-muted);
  padding: var(--puck-space-1) var(--puck-space-2);
  border-radius: var(--puck-radius-m);
}
._RichTextEditor_5wzos_1 .rich-text p:empty::before {
  content: "\\a0";
}
._RichTextEditor_5wzos_1 .rich-text pre code {
  display: block;
  padding: var(--puck-space-2) var(--puck-space-3);
}
._RichTextEditor_5wzos_1 .rich-text > *:first-child,
._RichTextEditor_5wzos_1 .ProseMirror > *:first-child,
._RichTextEditor_5wzos_1 .rich-text * p:first-of-type {
  margin-top: 0;
}
._RichTextEditor_5wzos_1 .rich-text > *:last-child,
._RichTextEditor_5wzos_1 .ProseMirror > *:last-child,
._RichTextEditor_5wzos_1 .rich-text * p:last-of-type {
  margin-bottom: 0;
}
._RichTextEditor--editor_5wzos_50 {
  color: var(--puck-field-color-text, var(--puck-color-text));
  background: var(--puck-field-color-bg, var(--puck-color-surface));
  border-width: var( --puck-field-border-width, var(--puck-border-width-regular) );
  border-style: solid;
  border-color: var(--puck-field-color-border, var(--puck-color-border));
  border-radius: var(--puck-field-radius, var(--puck-radius-m));
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  font-family: inherit;
  font-size: var(--puck-field-font-size, var(--puck-font-size-xxs));
  resize: vertical;
  text-align: initial;
  transition: border-color var(--puck-duration-fast) var(--puck-ease-exit);
  width: 100%;
  max-width: 100%;
  min-height: 128px;
}
._RichTextEditor--editor_5wzos_50 .rich-text {
  flex-grow: 1;
}
._RichTextEditor--editor_5wzos_50 .rich-text:not(:has(.ProseMirror)),
._RichTextEditor--editor_5wzos_50 .rich-text .ProseMirror {
  height: 100%;
  padding: var(--puck-field-space-y, var(--puck-space-3)) var( --puck-field-space-x, calc( var(--puck-space-4) - var(--puck-field-border-width, var(--puck-border-width-regular)) ) );
}
._RichTextEditor--editor_5wzos_50 .rich-text ul,
._RichTextEditor--editor_5wzos_50 .rich-text ol {
  padding-left: var(--puck-space-5);
}
._RichTextEditor--editor_5wzos_50 .rich-text li {
  line-height: 1.5;
}
._RichTextEditor--editor_5wzos_50 .rich-text p {
  margin-block: var(--puck-space-3);
}
._RichTextEditor--editor_5wzos_50 .rich-text ul {
  list-style: disc;
}
._RichTextEditor--editor_5wzos_50 .rich-text ol {
  list-style: decimal;
}
._RichTextEditor--editor_5wzos_50:focus-within {
  border-color: var( --puck-field-color-border-hover, var(--puck-color-border-hover) );
  outline: var(--puck-border-width-focus) solid var(--puck-field-color-border-focus, var(--puck-color-focus-ring));
  transition: none;
}
@media (hover: hover) and (pointer: fine) {
  ._RichTextEditor--editor_5wzos_50:hover:not(._RichTextEditor--disabled_5wzos_123) {
    border-color: var( --puck-field-color-border-hover, var(--puck-color-border-hover) );
    transition: none;
  }
}
._RichTextEditor--editor_5wzos_50._RichTextEditor--disabled_5wzos_123 {
  background: var( --puck-field-color-bg-disabled, var(--puck-color-surface-muted) );
  border-color: var( --puck-field-color-border-disabled, var(--puck-color-border) );
}
._RichTextEditor--editor_5wzos_50._RichTextEditor--disabled_5wzos_123 .rich-text:not(:has(.ProseMirror)),
._RichTextEditor--editor_5wzos_50._RichTextEditor--disabled_5wzos_123 .rich-text .ProseMirror {
  color: var( --puck-field-color-text-disabled, var(--puck-color-text-secondary) );
}
._RichTextEditor--editor_5wzos_50._RichTextEditor--disabled_5wzos_123 .ProseMirror[contenteditable=false] {
  cursor: default;
}
._RichTextEditor_5wzos_1:not(:focus-within):not(._RichTextEditor--isActive_5wzos_159) .ProseMirror ::selection {
  background-color: transparent;
}
._RichTextEditor-menu_5wzos_165 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border-muted);
  position: sticky;
  top: 0;
  z-index: 1;
}
._RichTextEditor--disabled_5wzos_123 ._RichTextEditor-menu_5wzos_165 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/AutoField/fields/ObjectField/styles.module.css/#css-module-data */
._ObjectField_c5reb_1 {
  display: flex;
  flex-direction: column;
  background-color: var(--puck-field-color-surface, var(--puck-color-surface));
  border: var(--puck-field-border-width, var(--puck-border-width-regular)) solid var(--puck-field-color-border, var(--puck-color-border));
  border-radius: var(--puck-field-radius, var(--puck-radius-m));
}
._ObjectField-fieldset_c5reb_10 {
  border: none;
  margin: 0;
  min-width: 0;
  padding: var(--puck-field-space-surface-y, var(--puck-space-4)) var( --puck-field-space-surface-x, calc( var(--puck-space-4) - var(--puck-field-border-width, var(--puck-border-width-regular)) ) );
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Drawer/styles.module.css/#css-module-data */
._Drawer_1n90m_1 {
  display: flex;
  flex-direction: column;
  font-family: var(--puck-font-family);
  gap: var(--puck-space-3);
}
._Drawer-draggable_1n90m_8 {
  position: relative;
}
._Drawer-draggableBg_1n90m_12 {
  position: absolute;
  top: 0;
  right: 0;
  bottom: 0;
  left: 0;
  pointer-events: none;
  z-index: -1;
}
._DrawerItem-draggable_1n90m_22 {
  background: var(--puck-drawer-item-color-bg, var(--puck-color-surface));
  color: var(--puck-drawer-item-color-text, var(--puck-color-text));
  cursor: grab;
  padding: var(--puck-drawer-item-space, var(--puck-space-3));
  display: flex;
  border: var(--puck-drawer-item-border-width, var(--puck-border-width-regular)) var(--puck-drawer-item-color-border, var(--puck-color-border)) solid;
  border-radius: var(--puck-drawer-item-radius, var(--puck-radius-m));
  font-size: var(--puck-drawer-item-font-size, var(--puck-font-size-xxs));
  justify-content: space-between;
  align-items: center;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
}
._DrawerItem--disabled_1n90m_38 ._DrawerItem-draggable_1n90m_22 {
  background: var(--puck-color-surface-muted);
  color: var(--puck-color-text-muted);
  cursor: not-allowed;
}
._DrawerItem_1n90m_22:focus-visible {
  outline: 0;
}
._Drawer_1n90m_1:not(._Drawer--isDraggingFrom_1n90m_48) ._DrawerItem_1n90m_22:focus-visible ._DrawerItem-draggable_1n90m_22 {
  border-radius: var(--puck-radius-m);
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._Drawer_1n90m_1:not(._Drawer--isDraggingFrom_1n90m_48) ._DrawerItem_1n90m_22:not(._DrawerItem--disabled_1n90m_38) ._DrawerItem-draggable_1n90m_22:hover {
    background-color: var( --puck-drawer-item-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    color: var( --puck-drawer-item-color-text-hover, var(--puck-color-interactive) );
    transition: none;
  }
}
._DrawerItem-name_1n90m_72 {
  overflow-x: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/DraggableComponent/styles.module.css/#css-module-data */
._DraggableComponent_1627v_1 {
  position: absolute;
  pointer-events: none;
}
._DraggableComponent-overlayWrapper_1627v_6 {
  height: 100%;
  width: 100%;
  top: 0;
  position: absolute;
  pointer-events: none;
  box-sizing: border-box;
  z-index: 1;
}
._DraggableComponent-overlay_1627v_6 {
  cursor: pointer;
  height: 100%;
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var( --puck-slot-component-color-overlay-border, var(--puck-color-selection-border) ) solid;
  outline-offset: calc(var(--puck-slot-component-border-width, var(--puck-border-width-focus)) * -1);
  width: 100%;
}
._DraggableComponent_1627v_1:focus-visible > ._DraggableComponent-overlayWrapper_1627v_6 {
  outline: var(--puck-border-width-regular) solid var(--puck-color-focus-ring);
}
._DraggableComponent-loadingOverlay_1627v_38 {
  background: var(--puck-color-surface);
  color: var(--puck-color-text);
  border-radius: var(--puck-radius-m);
  display: flex;
  padding: var(--puck-space-2);
  top: var(--puck-space-2);
  right: var(--puck-space-2);
  position: absolute;
  z-index: 1;
  pointer-events: all;
  box-sizing: border-box;
  opacity: 0.8;
  z-index: 1;
}
._DraggableComponent--hover_1627v_54 > ._DraggableComponent-overlayWrapper_1627v_6 > ._DraggableComponent-overlay_1627v_6 {
  background: var( --puck-slot-component-color-overlay, var(--puck-color-selection-bg) );
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var( --puck-slot-component-color-overlay-border, var(--puck-color-selection-border) ) solid;
}
._DraggableComponent--isSelected_1627v_72 > ._DraggableComponent-overlayWrapper_1627v_6 > ._DraggableComponent-overlay_1627v_6 {
  outline-color: var( --puck-slot-component-color-border-selected, var(--puck-color-selection-border) );
}
._DraggableComponent_1627v_1:has(._DraggableComponent--hover_1627v_54 > ._DraggableComponent-overlayWrapper_1627v_6) > ._DraggableComponent-overlayWrapper_1627v_6 {
  display: none;
}
._DraggableComponent-actionsOverlay_1627v_89 {
  position: sticky;
  opacity: 0;
  pointer-events: none;
  z-index: 2;
}
._DraggableComponent--isSelected_1627v_72 ._DraggableComponent-actionsOverlay_1627v_89 {
  opacity: 1;
  pointer-events: auto;
}
._DraggableComponent-actions_1627v_89 {
  position: absolute;
  width: auto;
  cursor: grab;
  display: flex;
  box-sizing: border-box;
  transform-origin: right top;
  min-height: 36px;
}
._DraggableComponent-actionsAction_1627v_111 {
  height: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
  width: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
}

/* components/DraggableComponent/styles.css */
[data-puck-component] * {
  pointer-events: none;
  user-select: none;
  -webkit-user-select: none;
}
[data-puck-component] {
  cursor: grab;
  pointer-events: auto !important;
  user-select: none;
  -webkit-user-select: none;
}
[data-puck-dropzone] {
  pointer-events: auto !important;
}
[data-puck-disabled] {
  cursor: pointer;
}
[data-dnd-placeholder]:not([data-puck-line-drag] *) {
  background: var( --puck-slot-component-color-placeholder, var(--puck-color-azure-06) ) !important;
  border: none !important;
  color: transparent !important;
  opacity: 0.3 !important;
  outline: none !important;
  transition: none !important;
}
[data-dnd-placeholder]:not([data-puck-line-drag] *) *,
[data-dnd-placeholder]:not([data-puck-line-drag] *)::after,
[data-dnd-placeholder]:not([data-puck-line-drag] *)::before {
  opacity: 0 !important;
}
[data-puck-line-drag] [data-dnd-placeholder] {
  opacity: 0.4 !important;
  outline: none !important;
  transition: none !important;
}
[data-puck-line-drag] [data-dnd-dragging][data-puck-component] {
  opacity: 0.9 !important;
}
[data-dnd-dragging][data-puck-component] {
  pointer-events: none !important;
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var(--puck-slot-component-color-border-dragging, var(--puck-color-azure-09)) solid !important;
  outline-offset: calc(var(--puck-slot-component-border-width, var(--puck-border-width-focus)) * -1) !important;
}
[data-dnd-dragging][data-puck-component] > :first-child {
  margin-top: 0 !important;
}
[data-dnd-dragging][data-puck-component] > :last-child {
  margin-bottom: 0 !important;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/DropZone/styles.module.css/#css-module-data */
._DropZone_wc2ks_1 {
  position: relative;
  height: 100%;
  min-height: var(--puck-slot-min-empty-height);
  outline-offset: calc(var(--puck-slot-border-width, var(--puck-border-width-focus)) * -1);
  width: 100%;
}
._DropZone--hasChildren_wc2ks_11 {
  min-height: 0;
}
._DropZone_wc2ks_1:empty {
  min-height: var(--puck-slot-min-empty-height);
}
[data-puck-entry]:not([data-puck-dragging]) ._DropZone_wc2ks_1 {
  transition: min-height var(--puck-duration-medium) var(--puck-ease-exit);
}
._DropZone--isAreaSelected_wc2ks_24,
._DropZone--hoveringOverArea_wc2ks_25:not(._DropZone--isRootZone_wc2ks_25) {
  background: var(--puck-slot-color-bg, var(--puck-color-selection-bg));
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone_wc2ks_1:empty {
  background: var(--puck-slot-color-bg, var(--puck-color-selection-bg));
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone-item_wc2ks_39 {
  position: relative;
}
._DropZone-linePlaceholder_wc2ks_43 {
  background: var( --puck-slot-component-color-placeholder, var(--puck-color-line-placeholder) );
  border-radius: calc(var(--puck-line-placeholder-width, 2px) / 2);
  pointer-events: none;
  position: absolute;
  z-index: 1;
}
._DropZone-hitbox_wc2ks_55 {
  position: absolute;
  bottom: calc(var(--puck-space-3) * -1);
  height: var(--puck-space-5);
  width: 100%;
  z-index: 1;
}
[data-puck-dragging] ._DropZone--isEnabled_wc2ks_63 {
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone_wc2ks_1 > *:not([data-puck-component]):not([data-puck-line-placeholder]) {
  opacity: 0;
}
body:has(._DropZone--isAnimating_wc2ks_74:empty) [data-puck-overlay] {
  opacity: 0 !important;
}

/* lib/overlay-portal/styles.css */
[data-puck-overlay-portal],
[data-puck-overlay-portal] * {
  pointer-events: auto !important;
}
[data-puck-entry][data-puck-dragging] [data-puck-overlay-portal],
[data-puck-entry][data-puck-dragging] [data-puck-overlay-portal] * {
  pointer-events: none !important;
}
[data-puck-entry][data-puck-preview-mode=edit] [data-puck-overlay-portal]:hover {
  outline: 2px var(--puck-color-azure-09, #cfdff0) dashed;
  outline-offset: 2px;
}
[data-puck-entry][data-puck-preview-mode=edit] [data-puck-overlay-portal]:focus-within {
  outline: 2px var(--puck-color-azure-07, #88b0da) dashed;
  outline-offset: 2px;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/InlineTextField/styles.module.css/#css-module-data */
._InlineTextField_104qp_1 {
  cursor: text;
  display: inline-block;
  white-space: pre-wrap;
  text-decoration: inherit;
}
[data-dnd-dragging] ._InlineTextField_104qp_1 {
  cursor: none;
  caret-color: transparent;
}
[data-dnd-dragging] ._InlineTextField_104qp_1::selection {
  display: none;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Fields/styles.module.css/#css-module-data */
._PuckFields_wnj25_1 {
  position: relative;
  font-family: var(--puck-font-family);
}
._PuckFields--isLoading_wnj25_6 {
  min-height: 48px;
}
._PuckFields-loadingOverlay_wnj25_10 {
  background: var(--puck-color-surface);
  display: flex;
  justify-content: flex-end;
  align-items: flex-start;
  height: 100%;
  width: 100%;
  top: 0px;
  position: absolute;
  z-index: 1;
  pointer-events: all;
  box-sizing: border-box;
  opacity: 0.8;
}
._PuckFields-loadingOverlayInner_wnj25_25 {
  display: flex;
  padding: var(--puck-space-4);
  position: sticky;
  top: 0;
}
._PuckFields-field_wnj25_32 * {
  box-sizing: border-box;
}
._PuckFields--wrapFields_wnj25_36 ._PuckFields-field_wnj25_32 {
  color: var(--puck-color-text-secondary);
  padding: var(--puck-space-4);
  padding-bottom: var(--puck-space-3);
  display: block;
}
._PuckFields--wrapFields_wnj25_36 ._PuckFields-field_wnj25_32 + ._PuckFields-field_wnj25_32 {
  border-top: var(--puck-border-width-regular) solid var(--puck-color-border);
  margin-top: var(--puck-space-2);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/ComponentList/styles.module.css/#css-module-data */
._ComponentList_htktj_1 {
  max-width: 100%;
}
._ComponentList--isExpanded_htktj_5 + ._ComponentList_htktj_1 {
  margin-top: var(--puck-space-3);
}
._ComponentList-content_htktj_9 {
  display: none;
}
._ComponentList--isExpanded_htktj_5 > ._ComponentList-content_htktj_9 {
  display: block;
}
._ComponentList-title_htktj_17 {
  background-color: transparent;
  border: 0;
  color: var(--puck-drawer-category-color-text, var(--puck-color-text-muted));
  cursor: pointer;
  display: flex;
  font: inherit;
  font-size: var(--puck-drawer-category-font-size, var(--puck-font-size-xxxs));
  list-style: none;
  margin-bottom: 6px;
  padding: var(--puck-drawer-category-space, var(--puck-space-2));
  text-transform: uppercase;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
  gap: var(--puck-space-1);
  border-radius: var(--puck-radius-m);
  width: 100%;
}
._ComponentList-title_htktj_17:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._ComponentList-title_htktj_17:hover {
    background-color: var( --puck-drawer-category-color-bg-hover, var(--puck-color-interactive-soft) );
    color: var( --puck-drawer-category-color-text-hover, var(--puck-color-interactive) );
    transition: none;
  }
}
._ComponentList-title_htktj_17:active {
  background-color: var( --puck-drawer-category-color-bg-active, var(--puck-color-interactive-subtle) );
  transition: none;
}
._ComponentList-titleIcon_htktj_63 {
  margin-inline-start: auto;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Preview/styles.module.css/#css-module-data */
._PuckPreview_zbic3_1 {
  position: relative;
  height: 100%;
}
._PuckPreview-frame_zbic3_6 {
  border: none;
  height: 100%;
  width: 100%;
}
._PuckPreview-frame_zbic3_6[data-puck-outline-dragging] {
  pointer-events: none;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/drop-line/styles.module.css/#css-module-data */
._DropLine_eyz3q_2 {
  background: var(--_puck-outline-color-drop-indicator);
  border-radius: calc(var(--_puck-outline-drop-indicator-size) / 2);
  height: var(--_puck-outline-drop-indicator-size);
  inset-inline: 0;
  pointer-events: none;
  position: absolute;
  z-index: 1;
}
._DropLine--top_eyz3q_12 {
  top: 0;
}
._DropLine--bottom_eyz3q_16 {
  bottom: 0;
}
._DropLine--top_eyz3q_12._DropLine--outset_eyz3q_20 {
  top: calc(-1 * var(--_puck-outline-drop-indicator-size));
}
._DropLine--bottom_eyz3q_16._DropLine--outset_eyz3q_20 {
  bottom: calc(-1 * var(--_puck-outline-drop-indicator-size));
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/empty-zone-placeholder/styles.module.css/#css-module-data */
._LayerTree-helper_1m7e4_2 {
  color: var(--puck-outline-color-text-helper, var(--puck-color-text-subtle));
  padding-top: var(--puck-space-1);
  padding-bottom: var(--puck-space-1);
  padding-inline-start: var(--_puck-outline-label-indent);
  border: var(--_puck-outline-border-width) solid transparent;
}
._LayerTree-helperRoot_1m7e4_11 {
  padding-inline-start: var(--puck-space-3);
}
._LayerTree-helper_1m7e4_2[data-puck-drop-target] {
  position: relative;
  overflow: visible;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/layer/styles.module.css/#css-module-data */
._Layer_onfgu_1 {
  position: relative;
  border: var(--_puck-outline-border-width) solid transparent;
  border-radius: var(--_puck-outline-radius);
}
._Layer-inner_onfgu_8 {
  align-items: center;
  border: var(--_puck-outline-border-width) solid transparent;
  border-radius: var(--_puck-outline-radius);
  cursor: pointer;
  display: flex;
  position: relative;
  transition: color var(--puck-duration-fast) var(--puck-ease-exit);
}
._Layer--isSortable_onfgu_18 > ._Layer-inner_onfgu_8 {
  cursor: grab;
}
._Layer-content_onfgu_22 {
  display: flex;
  gap: var(--puck-space-4);
  flex: 1 1 auto;
  min-width: 0;
}
._Layer-clickable_onfgu_29 {
  align-items: center;
  background: none;
  border: 0;
  border-radius: var(--_puck-outline-radius);
  color: inherit;
  cursor: inherit;
  display: flex;
  flex: 1 1 auto;
  font: inherit;
  min-width: 0;
  padding: 0;
}
[data-puck-dnd-disabled] ._Layer-inner_onfgu_8,
[data-puck-dnd-disabled] ._Layer-clickable_onfgu_29 {
  cursor: pointer;
}
._Layer-clickable_onfgu_29:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
  position: relative;
  z-index: 1;
}
._Layer-caret_onfgu_57 {
  visibility: hidden;
  display: flex;
  flex-shrink: 0;
}
._Layer-caret_onfgu_57 svg {
  height: var(--_puck-outline-caret-size);
  width: var(--_puck-outline-caret-size);
}
._Layer--containsZone_onfgu_68 > ._Layer-inner_onfgu_8 > ._Layer-content_onfgu_22 {
  font-weight: var(--puck-font-weight-bold);
}
._Layer--containsZone_onfgu_68 > ._Layer-inner_onfgu_8 > ._Layer-caret_onfgu_57 {
  visibility: visible;
}
._Layer-title_onfgu_76 {
  display: flex;
  gap: var(--puck-space-2);
  align-items: center;
  overflow-x: hidden;
  margin: var(--puck-space-1);
  cursor: pointer;
}
._Layer-name_onfgu_85 {
  overflow-x: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
._Layer-icon_onfgu_91 {
  color: var(--puck-outline-color-icon, var(--puck-color-text-subtle));
  margin-top: var(--puck-space-1);
}
._Layer-icon_onfgu_91 svg {
  height: var(--_puck-outline-icon-size);
  width: var(--_puck-outline-icon-size);
}
._Layer-zones_onfgu_101 {
  display: none;
  margin-inline-start: var(--puck-outline-space-indent, var(--puck-space-4));
}
._Layer--isExpanded_onfgu_106 > ._Layer-zones_onfgu_101 {
  display: block;
}
._Layer--isExpanded_onfgu_106 > ._Layer-inner_onfgu_8 > ._Layer-caret_onfgu_57 svg {
  transform: rotate(90deg);
}
@media (hover: hover) and (pointer: fine) {
  ._Layer_onfgu_1:not(._Layer--isSelected_onfgu_115) > ._Layer-inner_onfgu_8:hover {
    --_puck-outline-actions-color-bg: var(--_puck-outline-color-bg-hover);
    border-color: var(--_puck-outline-color-border-hover);
    background: var(--_puck-outline-color-bg-hover);
    transition: none;
  }
}
._Layer--isSelected_onfgu_115 > ._Layer-inner_onfgu_8 {
  border-color: var( --puck-outline-color-border-selected, var(--puck-color-selection-border) );
}
._Layer--isSelected_onfgu_115 > ._Layer-inner_onfgu_8 {
  --_puck-outline-actions-color-bg: var(--_puck-outline-color-bg-selected);
  background: var(--_puck-outline-color-bg-selected);
}
._Layer--isExpandCandidate_onfgu_138 > ._Layer-inner_onfgu_8 {
  border-color: var(--_puck-outline-color-border-hover);
  background: var(--_puck-outline-color-bg-hover);
}
._Layer--isDragSource_onfgu_143 > ._Layer-inner_onfgu_8 {
  color: var(--puck-color-text-muted);
  background: transparent;
}
._Layer--isDragSource_onfgu_143 > ._Layer-zones_onfgu_101 {
  opacity: 0.5;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/layer-actions/styles.module.css/#css-module-data */
._LayerActions_d90t9_2 {
  position: sticky;
  inset-inline-end: calc(var(--puck-space-1) * -1);
  padding-inline: var(--puck-space-1);
  display: flex;
  visibility: hidden;
  flex-shrink: 0;
  color: var(--_puck-outline-color-text);
  background: var(--_puck-outline-actions-color-bg);
  border-top-right-radius: var(--_puck-outline-radius);
  border-bottom-right-radius: var(--_puck-outline-radius);
}
._LayerActions--visible_d90t9_18 {
  visibility: visible;
}
._LayerActions_d90t9_2 svg {
  height: var(--_puck-outline-caret-size);
  width: var(--_puck-outline-caret-size);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/layer-tree-items/styles.module.css/#css-module-data */
._LayerTree_o5tyt_1 {
  color: var(--_puck-outline-color-text);
  font-family: var(--puck-outline-font-family, var(--puck-font-family));
  font-size: var(--puck-outline-font-size, var(--puck-font-size-xxxs));
  margin: 0;
  position: relative;
  list-style: none;
  padding: 0;
}
._LayerTree--nested_o5tyt_12 {
  margin-inline-start: var(--puck-outline-space-indent, var(--puck-space-3));
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/components/layer-tree-zone/styles.module.css/#css-module-data */
._LayerTree-zoneTitle_fvhlh_2 {
  color: var(--_puck-outline-zone-color-text);
  font-size: var( --puck-outline-zone-font-size, calc(var(--puck-font-size-xxxs) * 0.9) );
  display: flex;
  gap: var(--puck-space-2);
  align-items: center;
  overflow-x: hidden;
  padding-top: var(--puck-space-1);
  padding-bottom: var(--puck-space-1);
  padding-inline-start: var(--_puck-outline-label-indent);
  border: var(--_puck-outline-border-width) solid transparent;
}
._LayerTree-zoneIcon_fvhlh_19 {
  margin-top: var(--puck-space-1);
}
._LayerTree-zoneIcon_fvhlh_19 svg {
  height: var(--_puck-outline-icon-size);
  width: var(--_puck-outline-icon-size);
}
._LayerTree-zoneTitle_fvhlh_2[data-puck-drop-target] {
  color: var(--_puck-outline-color-text-hover);
  position: relative;
  overflow: visible;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/LayerTree/styles.module.css/#css-module-data */
._LayerTreeRoot_1qowl_1 {
  min-width: max-content;
  --_puck-iconbutton-color-bg-hover: transparent;
  --_puck-outline-color-text: var( --puck-outline-color-text, var(--puck-color-text-primary) );
  --_puck-outline-border-width: var( --puck-outline-border-width, var(--puck-border-width-regular) );
  --_puck-outline-radius: var(--puck-outline-radius, var(--puck-radius-m));
  --_puck-outline-caret-size: var( --puck-outline-action-size, var(--puck-icon-size-s) );
  --_puck-outline-icon-size: var( --puck-outline-icon-size, var(--puck-icon-size-xs) );
  --_puck-outline-color-bg-selected: var( --puck-outline-color-bg-selected, var(--puck-color-interactive-subtle) );
  --_puck-outline-color-bg-hover: var( --puck-outline-color-bg-hover, var(--puck-color-interactive-soft) );
  --_puck-outline-color-border-hover: var( --puck-outline-color-border-hover, var(--puck-color-interactive-subtle) );
  --_puck-outline-color-text-hover: var( --puck-outline-color-text-hover, var(--puck-color-interactive) );
  --_puck-outline-color-drop-indicator: var( --puck-outline-color-drop-indicator, var(--puck-color-line-placeholder) );
  --_puck-outline-drop-indicator-size: var(--puck-line-placeholder-width);
  --_puck-outline-zone-color-text: var( --puck-outline-zone-color-text, var(--puck-color-text-muted) );
  --_puck-outline-actions-color-bg: transparent;
  --_puck-outline-caret-slot: calc( var(--_puck-outline-caret-size) + var(--puck-iconbutton-space, var(--puck-space-1)) * 2 );
  --_puck-outline-label-indent: calc( var(--_puck-outline-caret-slot) + var(--puck-space-2) + var(--_puck-outline-border-width) );
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Outline/components/collapse-all/styles.module.css/#css-module-data */
._CollapseAll_1r4cy_1 {
  visibility: hidden;
}
._CollapseAll-icon_1r4cy_5 {
  height: var(--puck-icon-size-m);
  width: var(--puck-icon-size-m);
}
._CollapseAll--visible_1r4cy_10 {
  visibility: visible;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Outline/components/outline-header/styles.module.css/#css-module-data */
._OutlineHeader_ntv8r_1 {
  display: flex;
  align-items: center;
  width: 100%;
  gap: var(--puck-space-2);
  padding-block: var(--puck-space-3);
  padding-inline: var(--puck-space-4);
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  box-sizing: border-box;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Outline/styles.module.css/#css-module-data */
._OutlineWrapper_b9ln0_1 {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  min-height: 0;
  min-width: 0;
}
._OutlineWrapper-collapseAll_b9ln0_9 {
  display: flex;
  align-items: center;
  margin-inline-start: auto;
}
._OutlineWrapper-layers_b9ln0_15 {
  flex-grow: 1;
  min-height: 0;
  overflow: auto;
  padding: var(--puck-space-1);
  box-sizing: border-box;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Layout/styles.module.css/#css-module-data */
._Puck_tzaxg_19 {
  font-family: var(--puck-font-family);
  overflow-x: hidden;
  visibility: visible !important;
}
@media (min-width: 766px) {
  ._Puck_tzaxg_19 {
    overflow-x: auto;
  }
}
._Puck-portal_tzaxg_31 {
  position: relative;
  z-index: 2;
}
._PuckLayout_tzaxg_36 {
  height: 100dvh;
}
._PuckLayout-inner_tzaxg_40 {
  --puck-frame-width: auto;
  --puck-pluginbar-width: min-content;
  --puck-sidebar-width: 0px;
  --puck-sidebar-left-width: var( --puck-user-sidebar-left-width, var(--puck-sidebar-width) );
  --puck-sidebar-right-width: var( --puck-user-sidebar-right-width, var(--puck-sidebar-width) );
  background-color: var(--puck-color-surface-subtle);
  display: grid;
  grid-template-areas: "header" "editor" "left" "right" "sidenav";
  grid-template-columns: var(--puck-frame-width);
  grid-template-rows: min-content auto 0 0 var(--puck-pluginbar-width);
  height: 100%;
  position: relative;
  transition: grid-template-rows var(--puck-duration-medium) var(--puck-ease-exit);
  z-index: 0;
  overflow: hidden;
}
@media (min-width: 638px) {
  ._PuckLayout-inner_tzaxg_40 {
    --puck-pluginbar-width: 68px;
    grid-template-areas: "header header header header" "sidenav left editor right";
    grid-template-columns: var(--puck-pluginbar-width) 0 var(--puck-frame-width) 0;
    grid-template-rows: min-content auto;
  }
  ._Puck--hidePlugins_tzaxg_73 ._PuckLayout-inner_tzaxg_40 {
    --puck-pluginbar-width: 0;
  }
}
._PuckLayout--mounted_tzaxg_78 ._PuckLayout-inner_tzaxg_40 {
  --puck-sidebar-width: 186px;
}
._PuckLayout--mobilePanelHeightToggle_tzaxg_82._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-inner_tzaxg_40 {
  grid-template-rows: 0 auto 30% 0 var(--puck-pluginbar-width);
  transition: grid-template-rows var(--puck-duration-medium) var(--puck-ease-entrance);
}
._PuckLayout--mobilePanelHeightToggle_tzaxg_82._PuckLayout--leftSideBarVisible_tzaxg_82._PuckLayout--isExpanded_tzaxg_90 ._PuckLayout-inner_tzaxg_40 {
  grid-template-rows: 0 auto 55% 0 var(--puck-pluginbar-width);
  transition: grid-template-rows var(--puck-duration-medium) var(--puck-ease-entrance);
}
@media (min-width: 638px) {
  ._PuckLayout--mobilePanelHeightToggle_tzaxg_82._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-inner_tzaxg_40 {
    grid-template-columns: var(--puck-pluginbar-width) var(--puck-sidebar-left-width) var( --puck-frame-width ) 0;
    grid-template-rows: min-content auto;
  }
}
._PuckLayout--mobilePanelHeightMinContent_tzaxg_110._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-inner_tzaxg_40,
._PuckLayout--mobilePanelHeightMinContent_tzaxg_110._PuckLayout--leftSideBarVisible_tzaxg_82._PuckLayout--isExpanded_tzaxg_90 ._PuckLayout-inner_tzaxg_40 {
  grid-template-rows: 0 auto min-content 0 var(--puck-pluginbar-width);
}
@media (min-width: 638px) {
  ._PuckLayout--mobilePanelHeightToggle_tzaxg_82._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-inner_tzaxg_40,
  ._PuckLayout--mobilePanelHeightToggle_tzaxg_82._PuckLayout--leftSideBarVisible_tzaxg_82._PuckLayout--isExpanded_tzaxg_90 ._PuckLayout-inner_tzaxg_40,
  ._PuckLayout--mobilePanelHeightMinContent_tzaxg_110._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-inner_tzaxg_40,
  ._PuckLayout--mobilePanelHeightMinContent_tzaxg_110._PuckLayout--leftSideBarVisible_tzaxg_82._PuckLayout--isExpanded_tzaxg_90 ._PuckLayout-inner_tzaxg_40 {
    grid-template-columns: var(--puck-pluginbar-width) var(--puck-sidebar-left-width) var( --puck-frame-width ) 0;
    grid-template-rows: min-content auto;
  }
}
@media (min-width: 638px) {
  ._PuckLayout--rightSideBarVisible_tzaxg_137 ._PuckLayout-inner_tzaxg_40 {
    grid-template-columns: var(--puck-pluginbar-width) 0 var(--puck-frame-width) var(--puck-sidebar-right-width);
  }
}
@media (min-width: 638px) {
  ._PuckLayout--leftSideBarVisible_tzaxg_82._PuckLayout--rightSideBarVisible_tzaxg_137 ._PuckLayout-inner_tzaxg_40 {
    grid-template-columns: var(--puck-pluginbar-width) var(--puck-sidebar-left-width) var( --puck-frame-width ) var(--puck-sidebar-right-width);
  }
}
@media (min-width: 458px) {
  ._PuckLayout-mounted_tzaxg_156 ._PuckLayout-inner_tzaxg_40 {
    --puck-frame-width: minmax(266px, auto);
  }
}
@media (min-width: 638px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-sidebar-width: minmax(186px, 250px);
  }
}
@media (min-width: 766px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-frame-width: auto;
  }
}
@media (min-width: 990px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-sidebar-width: 256px;
  }
}
@media (min-width: 1198px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-sidebar-width: 274px;
  }
}
@media (min-width: 1398px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-sidebar-width: 290px;
  }
}
@media (min-width: 1598px) {
  ._PuckLayout_tzaxg_36 ._PuckLayout-inner_tzaxg_40 {
    --puck-sidebar-width: 320px;
  }
}
._PuckLayout-nav_tzaxg_197 {
  border-top: var(--puck-border-width-regular) solid var(--puck-color-border);
  background-color: var( --puck-pluginbar-color-bg, var(--puck-color-surface-subtle) );
  grid-area: sidenav;
  overflow: hidden;
  width: 100%;
}
@media (min-width: 638px) {
  ._PuckLayout-nav_tzaxg_197 {
    border-top: 0;
    border-right: var(--puck-border-width-regular) solid var(--puck-color-border);
    box-sizing: border-box;
  }
}
._PuckLayout-header_tzaxg_217 {
  grid-area: header;
}
._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-header_tzaxg_217 {
  overflow: hidden;
}
@media (min-width: 638px) {
  ._PuckLayout--leftSideBarVisible_tzaxg_82 ._PuckLayout-header_tzaxg_217 {
    overflow: auto;
  }
}
._PuckPluginTab_tzaxg_231 {
  display: none;
  flex-grow: 1;
  max-height: 100%;
}
._PuckPluginTab--visible_tzaxg_237 {
  display: flex;
  flex-direction: column;
  min-height: 0;
}
._PuckPluginTab-body_tzaxg_243 {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  max-height: 100%;
  min-height: 0;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/MenuBar/styles.module.css/#css-module-data */
._MenuBar_1hxnj_1 {
  background-color: var(--_puck-menu-bar-color-bg, var(--puck-color-surface));
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  display: none;
  left: 0;
  margin-top: 1px;
  padding: var(--puck-space-2) var(--puck-space-4);
  position: absolute;
  right: 0;
  top: 100%;
  z-index: 2;
}
._MenuBar--menuOpen_1hxnj_14 {
  display: block;
}
@media (min-width: 638px) {
  ._MenuBar_1hxnj_1 {
    border: none;
    display: block;
    margin-top: 0;
    overflow-y: visible;
    padding: 0;
    position: static;
  }
}
._MenuBar-inner_1hxnj_29 {
  align-items: center;
  display: flex;
  flex-wrap: wrap;
  gap: var(--puck-space-2) var(--puck-space-4);
  justify-content: flex-end;
}
@media (min-width: 638px) {
  ._MenuBar-inner_1hxnj_29 {
    display: flex;
    flex-direction: row;
    flex-wrap: nowrap;
  }
}
._MenuBar-history_1hxnj_45 {
  display: flex;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Header/styles.module.css/#css-module-data */
._PuckHeader_c2nei_1 {
  --_puck-menu-bar-color-bg: var( --puck-header-color-bg, var(--puck-color-surface) );
  background: var(--puck-header-color-bg, var(--puck-color-surface));
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  color: var(--puck-header-color-text, var(--puck-color-text));
  --_puck-heading-color: var(--puck-header-color-text, var(--puck-color-text));
  grid-area: header;
  position: relative;
  max-width: 100vw;
}
@media (min-width: 638px) {
  ._PuckHeader_c2nei_1 {
    padding-left: 67px;
  }
  ._PuckHeader--hidePlugins_c2nei_21 {
    padding-left: 0;
  }
}
._PuckHeader-inner_c2nei_26 {
  align-items: end;
  display: grid;
  gap: var(--puck-space-chrome-gutter);
  grid-template-areas: "left middle right";
  grid-template-columns: 1fr auto 1fr;
  grid-template-rows: auto;
  padding: var(--puck-space-chrome-gutter);
}
@media (min-width: 638px) {
  ._PuckHeader-inner_c2nei_26 {
    border-left: var(--puck-border-width-regular) solid var(--puck-color-border);
  }
  ._PuckHeader--hidePlugins_c2nei_21 ._PuckHeader-inner_c2nei_26 {
    border-left: none;
  }
}
._PuckHeader-toggle_c2nei_46 {
  display: flex;
  margin-inline-start: calc(var(--puck-space-1) * -1);
  padding-top: 2px;
}
._PuckHeader-rightSideBarToggle_c2nei_52,
._PuckHeader-leftSideBarToggle_c2nei_53 {
  display: none;
}
@media (min-width: 638px) {
  ._PuckHeader-rightSideBarToggle_c2nei_52,
  ._PuckHeader-leftSideBarToggle_c2nei_53 {
    display: block;
  }
}
._PuckHeader-title_c2nei_64 {
  align-self: center;
}
._PuckHeader-path_c2nei_68 {
  font-family: var(--puck-font-family-monospaced);
  font-size: var(--puck-font-size-xxs);
  font-weight: normal;
  word-break: break-all;
}
._PuckHeader-tools_c2nei_75 {
  display: flex;
  gap: var(--puck-space-4);
  justify-content: flex-end;
}
._PuckHeader-menuButton_c2nei_81 {
  color: var(--puck-color-text-muted);
  margin-inline-start: calc(var(--puck-space-1) * -1);
}
._PuckHeader--menuOpen_c2nei_86 ._PuckHeader-menuButton_c2nei_81 {
  color: var(--puck-color-text);
}
@media (min-width: 638px) {
  ._PuckHeader-menuButton_c2nei_81 {
    display: none;
  }
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/SidebarSection/styles.module.css/#css-module-data */
._SidebarSection_1uv88_1 {
  display: flex;
  position: relative;
  flex-direction: column;
  color: var(--puck-color-text);
}
._SidebarSection_1uv88_1:last-of-type {
  flex-grow: 1;
}
._SidebarSection-title_1uv88_12 {
  background: var(--_puck-sidebar-section-color-bg, var(--puck-color-surface));
  padding: var(--puck-space-4);
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  border-top: var(--puck-border-width-regular) solid var(--puck-color-border);
  overflow-x: auto;
}
._SidebarSection--noBorderTop_1uv88_20 > ._SidebarSection-title_1uv88_12 {
  border-top: 0px;
}
._SidebarSection-content_1uv88_24:last-child {
  padding-bottom: var(--puck-space-1);
}
._SidebarSection_1uv88_1:last-of-type ._SidebarSection-content_1uv88_24 {
  border-bottom: none;
  flex-grow: 1;
}
._SidebarSection-breadcrumbLabel_1uv88_33 {
  background: none;
  border: 0;
  border-radius: var(--puck-radius-xs);
  color: var(--puck-color-interactive);
  cursor: pointer;
  font: inherit;
  flex-shrink: 0;
  padding: 0;
  transition: color var(--puck-duration-fast) var(--puck-ease-exit);
}
._SidebarSection-breadcrumbLabel_1uv88_33:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._SidebarSection-breadcrumbLabel_1uv88_33:hover {
    color: var(--puck-color-interactive-hover);
    transition: none;
  }
}
._SidebarSection-breadcrumbLabel_1uv88_33:active {
  color: var(--puck-color-interactive-active);
  transition: none;
}
._SidebarSection-breadcrumbs_1uv88_62 {
  align-items: center;
  display: flex;
  gap: var(--puck-space-1);
}
._SidebarSection-breadcrumb_1uv88_33 {
  align-items: center;
  display: flex;
  gap: var(--puck-space-1);
}
._SidebarSection-heading_1uv88_74 {
  padding-inline-end: var(--puck-space-4);
}
._SidebarSection-loadingOverlay_1uv88_78 {
  background: var(--puck-color-surface);
  display: flex;
  justify-content: center;
  align-items: center;
  height: 100%;
  width: 100%;
  top: 0;
  position: absolute;
  z-index: 1;
  pointer-events: all;
  box-sizing: border-box;
  opacity: 0.8;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Breadcrumbs/styles.module.css/#css-module-data */
._Breadcrumbs_8c6w5_1 {
  align-items: center;
  display: flex;
  gap: var(--puck-space-1);
}
._Breadcrumbs-breadcrumbLabel_8c6w5_7 {
  background: none;
  border: 0;
  border-radius: var(--puck-radius-xs);
  color: var(--puck-color-interactive);
  cursor: pointer;
  font: inherit;
  flex-shrink: 0;
  padding: 0;
  transition: color var(--puck-duration-fast) var(--puck-ease-exit);
}
._Breadcrumbs-breadcrumbLabel_8c6w5_7:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._Breadcrumbs-breadcrumbLabel_8c6w5_7:hover {
    color: var(--puck-color-interactive-hover);
    transition: none;
  }
}
._Breadcrumbs-breadcrumbLabel_8c6w5_7:active {
  color: var(--puck-color-interactive-active);
  transition: none;
}
._Breadcrumbs-breadcrumb_8c6w5_7 {
  align-items: center;
  display: flex;
  gap: var(--puck-space-1);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/ViewportControls/styles.module.css/#css-module-data */
._ViewportControls_v26yb_1 {
  position: relative;
}
._ViewportControls--fullScreen_v26yb_5 {
  border-radius: 32px;
  display: flex;
  position: absolute;
  bottom: var(--puck-space-3);
  right: var(--puck-space-3);
  overflow: hidden;
}
._ViewportControls-toggleButton_v26yb_14 {
  display: none;
}
._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-toggleButton_v26yb_14 {
  align-items: center;
  background-color: var(--puck-color-surface-inverse);
  border: var(--puck-border-width-regular) solid var(--puck-color-border-inverse);
  border-radius: var(--puck-radius-pill);
  cursor: pointer;
  color: var(--puck-color-text-inverse);
  display: flex;
  justify-content: center;
  width: 42px;
  height: 42px;
  z-index: 1;
}
._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-toggleButton_v26yb_14:hover {
  color: var(--puck-color-interactive-inverse-hover);
  border: var(--puck-border-width-regular) solid var(--puck-color-interactive-inverse-hover);
}
._ViewportControls-actions_v26yb_39 {
  display: flex;
}
._ViewportControls-actionsInner_v26yb_43 {
  display: flex;
  box-sizing: border-box;
  justify-content: center;
  margin-left: auto;
  margin-right: auto;
  z-index: 0;
  overflow: hidden;
}
._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-actionsInner_v26yb_43 {
  background: var(--puck-color-surface-muted);
  border: var(--puck-border-width-regular) solid var(--puck-color-border);
  border-radius: var(--puck-radius-pill);
  margin-left: none;
  margin-right: none;
  padding-right: 42px;
}
._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-actionsInner_v26yb_43 {
  transform: translateX(100%);
  transition: transform var(--puck-duration-medium) var(--puck-ease-emphasized);
}
._ViewportControls--fullScreen_v26yb_5._ViewportControls--isExpanded_v26yb_67 ._ViewportControls-actionsInner_v26yb_43 {
  transform: translateX(42px);
}
._ViewportControls-divider_v26yb_72 {
  border-inline-end: var(--puck-border-width-regular) solid var(--puck-color-border);
  margin-bottom: var(--puck-space-2);
  margin-top: var(--puck-space-2);
}
._ViewportControls-zoomSelect_v26yb_79 {
  appearance: none;
  background: url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100' fill='%23c3c3c3'><polygon points='0,0 100,0 50,50'/></svg>") no-repeat;
  background-size: 10px;
  color: currentColor;
  background-position: calc(100% - 12px) calc(50% + 3px);
  background-repeat: no-repeat;
  border: 0;
  font-size: var(--puck-font-size-xxxs);
  padding: 0;
  padding-left: var(--puck-space-2);
  width: 96px;
}
._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-zoom_v26yb_79 {
  display: none;
}
@media (min-width: 638px) {
  ._ViewportControls-zoom_v26yb_79,
  ._ViewportControls--fullScreen_v26yb_5 ._ViewportControls-zoom_v26yb_79 {
    display: flex;
    justify-content: center;
  }
}
._ViewportControls-zoomSelect_v26yb_79:dir(rtl) {
  background-position: 12px calc(50% + 3px);
}
._ViewportButton-inner_v26yb_110 {
  align-items: center;
  display: flex;
  justify-content: center;
  height: 32px;
  width: 32px;
}
._ViewportButton--isActive_v26yb_118 ._ViewportButton-inner_v26yb_110 {
  color: var(--puck-color-interactive);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Canvas/styles.module.css/#css-module-data */
._PuckCanvas_zw9iy_1 {
  color: var(--puck-canvas-color-text, var(--puck-color-text));
  background: var(--puck-canvas-color-bg, var(--puck-color-surface-muted));
  display: flex;
  grid-area: editor;
  flex-direction: column;
  padding: var(--puck-space-chrome-gutter);
  position: relative;
  overflow: auto;
}
@media (min-width: 1198px) {
  ._PuckCanvas_zw9iy_1 {
    padding: calc(var(--puck-space-chrome-gutter) * 1.5);
    padding-top: calc(var(--puck-space-chrome-gutter) * 0.5);
  }
  ._PuckCanvas_zw9iy_1:not(._PuckCanvas_zw9iy_1:has(._PuckCanvas-controls_zw9iy_18)) {
    padding-top: calc(var(--puck-space-chrome-gutter) * 1.5);
  }
}
._PuckCanvas--fullScreen_zw9iy_23 {
  padding: 0;
  overflow: hidden;
}
@media (min-width: 1198px) {
  ._PuckCanvas--fullScreen_zw9iy_23 {
    padding: 0;
  }
}
._PuckCanvas-inner_zw9iy_34 {
  display: flex;
  height: 100%;
  justify-content: center;
  min-width: 288px;
  position: relative;
  width: 100%;
}
._PuckCanvas-root_zw9iy_43 {
  background: var(--puck-canvas-preview-color-bg, var(--puck-color-surface));
  outline: var(--puck-border-width-regular) solid var(--puck-color-border);
  box-sizing: content-box;
  min-width: 321px;
  position: absolute;
  pointer-events: none;
  transform-origin: top;
  top: 0;
  bottom: 0;
  opacity: 0;
}
@media (min-width: 1198px) {
  ._PuckCanvas-root_zw9iy_43 {
    min-width: unset;
  }
}
@media (prefers-reduced-motion: reduce) {
  ._PuckCanvas-root_zw9iy_43 {
    transition: none !important;
  }
}
._PuckCanvas--ready_zw9iy_68 ._PuckCanvas-root_zw9iy_43 {
  pointer-events: unset;
  opacity: 1;
}
._PuckCanvas-loader_zw9iy_73 {
  align-items: center;
  color: var(--puck-color-text-subtle);
  display: flex;
  height: 100%;
  justify-content: center;
  transition: opacity var(--puck-duration-slow) var(--puck-ease-entrance);
  opacity: 0;
  pointer-events: none;
}
._PuckCanvas--showLoader_zw9iy_84 ._PuckCanvas-loader_zw9iy_73 {
  opacity: 1;
}
._PuckCanvas--showLoader_zw9iy_84._PuckCanvas--ready_zw9iy_68 ._PuckCanvas-loader_zw9iy_73 {
  opacity: 0;
  height: 0;
  transition: none;
}
._PuckCanvas-controls_zw9iy_18 {
  padding-bottom: calc(var(--puck-space-chrome-gutter) * 0.5);
}
._PuckCanvas--fullScreen_zw9iy_23 ._PuckCanvas-controls_zw9iy_18 {
  padding-bottom: 0;
  z-index: 1;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/ResizeHandle/styles.module.css/#css-module-data */
@media (min-width: 766px) {
  ._ResizeHandle_144bf_2 {
    position: absolute;
    width: 5px;
    height: 100%;
    cursor: col-resize;
    z-index: 10;
    background: transparent;
    top: 0;
  }
  ._ResizeHandle_144bf_2:hover {
    background: rgba(0, 0, 0, 0.1);
  }
  ._ResizeHandle--left_144bf_16 {
    right: -3px;
  }
  ._ResizeHandle--right_144bf_20 {
    left: -3px;
  }
}

/* components/Puck/components/ResizeHandle/styles.css */
[data-resize-overlay] {
  position: fixed;
  top: 0;
  left: 0;
  right: 0;
  bottom: 0;
  z-index: 9999;
  cursor: col-resize;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Sidebar/styles.module.css/#css-module-data */
._Sidebar_16oed_1 {
  border-block-start: var(--puck-border-width-regular) solid var(--puck-color-border);
  position: relative;
  display: none;
  flex-direction: column;
  overflow-y: auto;
}
._Sidebar--isVisible_16oed_10 {
  display: flex;
}
._Sidebar--left_16oed_14 {
  --_puck-sidebar-section-color-bg: var( --puck-sidebar-left-color-bg, var(--puck-color-surface) );
  background: var( --puck-sidebar-left-color-bg, var(--puck-color-surface-subtle) );
  grid-area: left;
}
@media (min-width: 766px) {
  ._Sidebar--left_16oed_14 {
    border-block-start: 0;
    border-inline-end: var(--puck-border-width-regular) solid var(--puck-color-border);
  }
}
._Sidebar--right_16oed_34 {
  --_puck-sidebar-section-color-bg: var( --puck-sidebar-right-color-bg, var(--puck-color-surface) );
  background: var(--puck-sidebar-right-color-bg, var(--puck-color-surface));
  grid-area: right;
}
@media (min-width: 766px) {
  ._Sidebar--right_16oed_34 {
    border-block-start: 0;
    border-inline-start: var(--puck-border-width-regular) solid var(--puck-color-border);
  }
}
._Sidebar-resizeHandle_16oed_51 {
  position: absolute;
  height: 100%;
}
._Sidebar--left_16oed_14 + ._Sidebar-resizeHandle_16oed_51 {
  grid-area: left;
  justify-self: end;
}
._Sidebar--right_16oed_34 + ._Sidebar-resizeHandle_16oed_51 {
  grid-area: right;
  justify-self: start;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Puck/components/Nav/styles.module.css/#css-module-data */
._Nav_vll2r_1 {
  display: flex;
}
._Nav-list_vll2r_5 {
  display: flex;
  list-style: none;
  margin: 0;
  padding: 0;
  overflow-x: auto;
  gap: var(--puck-space-2);
}
@media (min-width: 638px) {
  ._Nav-list_vll2r_5 {
    padding-top: 32px;
    flex-direction: column;
    gap: var(--puck-space-4);
    width: 100%;
  }
}
._Nav-mobileActions_vll2r_23 {
  align-items: center;
  display: flex;
  justify-content: center;
  margin-inline-start: auto;
  padding: var(--puck-space-1) var(--puck-space-4);
  border-inline-start: var(--puck-border-width-regular) solid var(--puck-color-border);
}
@media (min-width: 638px) {
  ._Nav-mobileActions_vll2r_23 {
    display: none;
  }
}
._NavItem-link_vll2r_39 {
  text-align: center;
  align-items: center;
  color: var(--puck-pluginbar-color-text, var(--puck-color-text-secondary));
  display: flex;
  gap: var(--puck-space-2);
  text-decoration: none;
  cursor: pointer;
  border-radius: var(--puck-radius-m);
  padding: var(--puck-space-2) var(--puck-space-1);
  width: 64px;
  box-sizing: border-box;
}
@media (min-width: 638px) {
  ._NavItem-link_vll2r_39 {
    width: auto;
  }
}
._NavItem_vll2r_39:first-of-type {
  padding-left: var(--puck-space-4);
}
._NavItem_vll2r_39:last-of-type {
  padding-right: var(--puck-space-4);
}
@media (min-width: 638px) {
  ._NavItem_vll2r_39:first-of-type,
  ._NavItem_vll2r_39:last-of-type {
    padding: 0;
  }
}
._NavItem-link_vll2r_39 {
  border-top: var(--puck-border-width-strong) solid transparent;
  border-bottom: var(--puck-border-width-strong) solid transparent;
  border-radius: var(--puck-radius-none);
  flex-direction: column;
  font-size: var(--puck-pluginbar-font-size, var(--puck-font-size-xxxs));
}
@media (min-width: 638px) {
  ._NavItem-link_vll2r_39 {
    border: 0;
    border-left: var(--puck-border-width-strong) solid transparent;
    border-right: var(--puck-border-width-strong) solid transparent;
  }
}
._NavItem-linkIcon_vll2r_90 {
  height: 2em;
  width: 2em;
}
._NavItem-linkIcon_vll2r_90 svg {
  height: 100%;
  width: 100%;
}
._NavItem--active_vll2r_100 > ._NavItem-link_vll2r_39 {
  background-color: var(--puck-color-interactive-subtle);
  color: var( --puck-pluginbar-color-text-selected, var(--puck-color-interactive) );
  font-weight: var(--puck-font-weight-semibold);
}
._NavItem--active_vll2r_100 > ._NavItem-link_vll2r_39 {
  background-color: transparent;
  border-top-color: var(--puck-color-interactive);
  border-top-right-radius: 0;
  border-bottom-right-radius: 0;
  font-weight: var(--puck-font-weight-semibold);
}
@media (min-width: 638px) {
  ._NavItem--active_vll2r_100 > ._NavItem-link_vll2r_39 {
    border-top-color: transparent;
    border-right-color: var( --puck-pluginbar-color-text-selected, var(--puck-color-interactive) );
  }
}
._NavItem_vll2r_39:not(._NavItem--active_vll2r_100) > ._NavItem-link_vll2r_39:hover {
  background-color: var( --puck-pluginbar-color-bg-hover, var(--puck-color-interactive-soft) );
  color: var(--puck-pluginbar-color-text-hover, var(--puck-color-interactive));
}
@media (min-width: 638px) {
  ._NavItem--mobileOnly_vll2r_136 {
    display: none;
  }
}
._NavItem--desktopOnly_vll2r_141 {
  display: none;
}
@media (min-width: 638px) {
  ._NavItem--desktopOnly_vll2r_141 {
    display: block;
  }
}

/* css-module:/home/runner/work/puck/puck/packages/core/plugins/blocks/styles.module.css/#css-module-data */
._BlocksPlugin_9af19_1 {
  padding: var(--puck-drawer-space, var(--puck-space-4));
  height: 100%;
  overflow-y: auto;
  box-sizing: border-box;
}

/* css-module:/home/runner/work/puck/puck/packages/core/plugins/outline/styles.module.css/#css-module-data */
._OutlinePlugin_1ylsc_1 {
  display: flex;
  flex-direction: column;
  flex-grow: 1;
  min-height: 0;
  min-width: 0;
  position: relative;
}

/* css-module:/home/runner/work/puck/puck/packages/core/plugins/fields/styles.module.css/#css-module-data */
._FieldsPlugin_18cj3_1 {
  background: var(--puck-color-surface);
  height: 100%;
  overflow-y: auto;
}
._FieldsPlugin-header_18cj3_7 {
  border-bottom: var(--puck-border-width-regular) solid var(--puck-color-border);
  font-weight: var(--puck-font-weight-semibold);
  padding-bottom: var(--puck-space-2);
  padding-left: var(--puck-space-4);
  padding-right: var(--puck-space-4);
  padding-top: var(--puck-space-2);
}
@media (min-width: 638px) {
  ._FieldsPlugin-header_18cj3_7 {
    padding: var(--puck-space-4);
  }
}`,pS=`/* styles/color.css */
@layer puck-tokens {
  :root {
    --puck-color-rose-01: #4a001c;
    --puck-color-rose-02: #670833;
    --puck-color-rose-03: #87114c;
    --puck-color-rose-04: #a81a66;
    --puck-color-rose-05: #bc5089;
    --puck-color-rose-06: #cc7ca5;
    --puck-color-rose-07: #d89aba;
    --puck-color-rose-08: #e3b8cf;
    --puck-color-rose-09: #efd6e3;
    --puck-color-rose-10: #f6eaf1;
    --puck-color-rose-11: #faf4f8;
    --puck-color-rose-12: #fef8fc;
    --puck-color-azure-01: #00175d;
    --puck-color-azure-02: #002c77;
    --puck-color-azure-03: #014292;
    --puck-color-azure-04: #0158ad;
    --puck-color-azure-05: #3479be;
    --puck-color-azure-06: #6499cf;
    --puck-color-azure-07: #88b0da;
    --puck-color-azure-08: #abc7e5;
    --puck-color-azure-09: #cfdff0;
    --puck-color-azure-10: #e7eef7;
    --puck-color-azure-11: #f3f6fb;
    --puck-color-azure-12: #f7faff;
    --puck-color-green-01: #002000;
    --puck-color-green-02: #043604;
    --puck-color-green-03: #084e08;
    --puck-color-green-04: #0c680c;
    --puck-color-green-05: #1d882f;
    --puck-color-green-06: #2faa53;
    --puck-color-green-07: #56c16f;
    --puck-color-green-08: #7dd78b;
    --puck-color-green-09: #b8e8bf;
    --puck-color-green-10: #ddf3e0;
    --puck-color-green-11: #eff8f0;
    --puck-color-green-12: #f3fcf4;
    --puck-color-yellow-01: #211000;
    --puck-color-yellow-02: #362700;
    --puck-color-yellow-03: #4c4000;
    --puck-color-yellow-04: #645a00;
    --puck-color-yellow-05: #877614;
    --puck-color-yellow-06: #ab9429;
    --puck-color-yellow-07: #bfac4e;
    --puck-color-yellow-08: #d4c474;
    --puck-color-yellow-09: #e6deb1;
    --puck-color-yellow-10: #f3efd9;
    --puck-color-yellow-11: #f9f7ed;
    --puck-color-yellow-12: #fcfaf0;
    --puck-color-red-01: #4c0000;
    --puck-color-red-02: #6a0a10;
    --puck-color-red-03: #8a1422;
    --puck-color-red-04: #ac1f35;
    --puck-color-red-05: #bf5366;
    --puck-color-red-06: #ce7e8e;
    --puck-color-red-07: #d99ca8;
    --puck-color-red-08: #e4b9c2;
    --puck-color-red-09: #efd7db;
    --puck-color-red-10: #f6eaec;
    --puck-color-red-11: #faf4f5;
    --puck-color-red-12: #fff9fa;
    --puck-color-grey-01: #181818;
    --puck-color-grey-02: #292929;
    --puck-color-grey-03: #404040;
    --puck-color-grey-04: #5a5a5a;
    --puck-color-grey-05: #767676;
    --puck-color-grey-06: #949494;
    --puck-color-grey-07: #ababab;
    --puck-color-grey-08: #c3c3c3;
    --puck-color-grey-09: #dcdcdc;
    --puck-color-grey-10: #efefef;
    --puck-color-grey-11: #f5f5f5;
    --puck-color-grey-12: #fafafa;
    --puck-color-black: #000000;
    --puck-color-white: #ffffff;
  }
}

/* styles/tokens.css */
@layer puck-tokens {
  :root {
    --puck-color-surface: var(--puck-color-white);
    --puck-color-surface-muted: var(--puck-color-grey-11);
    --puck-color-surface-subtle: var(--puck-color-grey-12);
    --puck-color-surface-inverse: var(--puck-color-grey-01);
    --puck-color-border: var(--puck-color-grey-09);
    --puck-color-border-hover: var(--puck-color-grey-05);
    --puck-color-border-muted: var(--puck-color-grey-10);
    --puck-color-border-inverse: var(--puck-color-grey-05);
    --puck-color-text: var(--puck-color-black);
    --puck-color-text-secondary: var(--puck-color-grey-04);
    --puck-color-text-muted: var(--puck-color-grey-05);
    --puck-color-text-subtle: var(--puck-color-grey-07);
    --puck-color-text-inverse: var(--puck-color-white);
    --puck-opacity-text-inverse: 0.75;
    --puck-color-interactive: var(--puck-color-azure-04);
    --puck-color-interactive-hover: var(--puck-color-azure-03);
    --puck-color-interactive-active: var(--puck-color-azure-02);
    --puck-color-interactive-subtle: var(--puck-color-azure-10);
    --puck-color-interactive-soft: var(--puck-color-azure-11);
    --puck-color-interactive-soft-hover: var(--puck-color-azure-12);
    --puck-color-interactive-neutral-hover: var(--puck-color-grey-10);
    --puck-color-interactive-inverse-hover: var(--puck-color-azure-06);
    --puck-color-interactive-inverse-active: var(--puck-color-azure-07);
    --puck-color-focus-ring: var(--puck-color-azure-05);
    --puck-color-selection-bg: color-mix( in srgb, var(--puck-color-azure-09) 30%, transparent );
    --puck-color-selection-border: var(--puck-color-azure-08);
    --puck-color-line-placeholder: var(--puck-color-azure-06);
    --puck-color-highlight: var(--puck-color-rose-07);
    --puck-color-bg-disabled: var(--puck-color-grey-07);
    --puck-color-text-disabled: var(--puck-color-grey-03);
    --puck-color-overlay-backdrop: color-mix( in srgb, var(--puck-color-black) 75%, transparent );
    --puck-space-1: 4px;
    --puck-space-2: 8px;
    --puck-space-3: 12px;
    --puck-space-4: 16px;
    --puck-space-5: 24px;
    --puck-space-chrome-gutter: var(--puck-space-4);
    --puck-radius-none: 0;
    --puck-radius-xs: 2px;
    --puck-radius-s: 3px;
    --puck-radius-m: 4px;
    --puck-radius-l: 8px;
    --puck-radius-pill: 30px;
    --puck-radius-round: 100%;
    --puck-border-width-hairline: 0.5px;
    --puck-border-width-regular: 1px;
    --puck-border-width-focus: 2px;
    --puck-border-width-strong: 4px;
    --puck-duration-fast: 50ms;
    --puck-duration-medium: 150ms;
    --puck-duration-slow: 250ms;
    --puck-ease-exit: ease-in;
    --puck-ease-emphasized: ease-in-out;
    --puck-ease-entrance: ease-out;
    --puck-font-weight-regular: 400;
    --puck-font-weight-medium: 500;
    --puck-font-weight-semibold: 600;
    --puck-font-weight-bold: 700;
    --puck-font-weight-heavy: 800;
    --puck-letter-spacing-ui: 0.05ch;
    --puck-letter-spacing-heading: 0.08ch;
    --puck-icon-size-xs: 14px;
    --puck-icon-size-s: 16px;
    --puck-icon-size-m: 18px;
    --puck-icon-size-l: 24px;
    --puck-space-m-unitless: 24;
    --puck-user-sidebar-left-width: var(--puck-sidebar-width);
    --puck-user-sidebar-right-width: var(--puck-sidebar-width);
    --puck-slot-min-empty-height: 128px;
    --puck-line-placeholder-width: 2px;
  }
}

/* styles/typography.css */
@layer puck-tokens {
  :root {
    --puck-font-size-scale-base-unitless: 12;
    --puck-font-size-xxxs-unitless: 12;
    --puck-font-size-xxs-unitless: 14;
    --puck-font-size-xs-unitless: 16;
    --puck-font-size-s-unitless: 18;
    --puck-font-size-m-unitless: 21;
    --puck-font-size-l-unitless: 24;
    --puck-font-size-xl-unitless: 28;
    --puck-font-size-xxl-unitless: 36;
    --puck-font-size-xxxl-unitless: 48;
    --puck-font-size-xxxxl-unitless: 56;
    --puck-font-size-xxxs: calc( 1rem * var(--puck-font-size-xxxs-unitless) / 16 );
    --puck-font-size-xxs: calc(1rem * var(--puck-font-size-xxs-unitless) / 16);
    --puck-font-size-xs: calc(1rem * var(--puck-font-size-xs-unitless) / 16);
    --puck-font-size-s: calc(1rem * var(--puck-font-size-s-unitless) / 16);
    --puck-font-size-m: calc(1rem * var(--puck-font-size-m-unitless) / 16);
    --puck-font-size-l: calc(1rem * var(--puck-font-size-l-unitless) / 16);
    --puck-font-size-xl: calc(1rem * var(--puck-font-size-xl-unitless) / 16);
    --puck-font-size-xxl: calc(1rem * var(--puck-font-size-xxl-unitless) / 16);
    --puck-font-size-xxxl: calc( 1rem * var(--puck-font-size-xxxl-unitless) / 16 );
    --puck-font-size-xxxxl: calc( 1rem * var(--puck-font-size-xxxxl-unitless) / 16 );
    --puck-font-size-base: var(--puck-font-size-xs);
    --puck-line-height-reset: 1;
    --puck-line-height-xs: calc( var(--puck-space-m-unitless) / var(--puck-font-size-m-unitless) );
    --puck-line-height-s: calc( var(--puck-space-m-unitless) / var(--puck-font-size-s-unitless) );
    --puck-line-height-m: calc( var(--puck-space-m-unitless) / var(--puck-font-size-xs-unitless) );
    --puck-line-height-l: calc( var(--puck-space-m-unitless) / var(--puck-font-size-xxs-unitless) );
    --puck-line-height-xl: calc( var(--puck-space-m-unitless) / var(--puck-font-size-scale-base-unitless) );
    --puck-line-height-base: var(--puck-line-height-m);
    --puck-fallback-font-stack:
      -apple-system,
      BlinkMacSystemFont,
      Segoe UI,
      Helvetica Neue,
      sans-serif,
      Apple Color Emoji,
      Segoe UI Emoji,
      Segoe UI Symbol;
    --puck-font-family: Inter, var(--puck-fallback-font-stack);
    --puck-font-family-monospaced:
      ui-monospace,
      "Cascadia Code",
      "Source Code Pro",
      Menlo,
      Consolas,
      "DejaVu Sans Mono",
      monospace;
  }
  @supports (font-variation-settings: normal) {
    :root {
      --puck-font-family: InterVariable, var(--puck-fallback-font-stack);
    }
  }
}

/* bundle/core.css */
:root {
  --_puck-styles-loaded: "true";
}
#frame-root {
  height: 1px;
  min-height: 100vh;
}
[data-puck-entry] {
  position: relative;
  z-index: 0;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/ActionBar/styles.module.css/#css-module-data */
._ActionBar_5vdfr_1 {
  align-items: center;
  cursor: default;
  display: flex;
  width: auto;
  padding-top: var(--puck-actionbar-space-y, var(--puck-space-1));
  padding-bottom: var(--puck-actionbar-space-y, var(--puck-space-1));
  padding-inline-start: var(--puck-actionbar-space-x, 0);
  padding-inline-end: var(--puck-actionbar-space-x, 0);
  border-radius: var(--puck-actionbar-radius, var(--puck-radius-l));
  background: var(--puck-actionbar-color-bg, var(--puck-color-surface-inverse));
  color: var(--puck-color-text-inverse);
  font-family: var(--puck-font-family);
  min-height: 26px;
}
._ActionBar-label_5vdfr_17 {
  color: var(--puck-actionbar-color-text, var(--puck-color-text-inverse));
  font-size: var(--puck-actionbar-font-size, var(--puck-font-size-xxxs));
  opacity: var(--puck-actionbar-opacity-text, var(--puck-opacity-text-inverse));
  font-weight: var(--puck-font-weight-medium);
  padding-inline-start: var(--puck-space-2);
  padding-inline-end: var(--puck-space-2);
  margin-inline-start: var(--puck-space-1);
  margin-inline-end: var(--puck-space-1);
  text-overflow: ellipsis;
  white-space: nowrap;
}
._ActionBarAction_5vdfr_30 + ._ActionBar-label_5vdfr_17 {
  padding-inline-start: 0;
}
._ActionBar-label_5vdfr_17 + ._ActionBarAction_5vdfr_30 {
  margin-inline-start: calc(var(--puck-space-1) * -1);
}
._ActionBar-group_5vdfr_38 {
  align-items: center;
  border-inline-start: var(--puck-border-width-hairline) solid var(--puck-actionbar-color-separator, var(--puck-color-border-inverse));
  display: flex;
  height: 100%;
  padding-inline-start: var(--puck-space-1);
  padding-inline-end: var(--puck-space-1);
}
._ActionBar-group_5vdfr_38:first-of-type {
  border-inline-start: 0;
}
._ActionBar-group_5vdfr_38:empty {
  display: none;
}
._ActionBarAction_5vdfr_30 {
  background: transparent;
  border: none;
  color: var(--puck-actionbar-color-text, var(--puck-color-text-inverse));
  cursor: pointer;
  padding: var(--puck-actionbar-action-space, 6px);
  margin-inline-start: var(--puck-space-1);
  margin-inline-end: var(--puck-space-1);
  border-radius: var(--puck-radius-m);
  overflow: hidden;
  display: flex;
  align-items: center;
  justify-content: center;
  opacity: var(--puck-actionbar-opacity-text, var(--puck-opacity-text-inverse));
  transition: color var(--puck-duration-fast) var(--puck-ease-exit), opacity var(--puck-duration-fast) var(--puck-ease-exit);
}
._ActionBarAction--disabled_5vdfr_74 {
  cursor: auto;
  color: var( --puck-actionbar-color-action-disabled, var(--puck-color-text-inverse) );
  opacity: var(--puck-actionbar-opacity-action-disabled, 0.54);
}
._ActionBarAction_5vdfr_30 svg {
  max-width: none !important;
}
._ActionBarAction_5vdfr_30:focus-visible {
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: calc(var(--puck-border-width-focus) * -1);
}
@media (hover: hover) and (pointer: fine) {
  ._ActionBarAction_5vdfr_30:hover:not(._ActionBarAction--disabled_5vdfr_74) {
    color: var( --puck-actionbar-color-action-hover, var(--puck-color-interactive-inverse-hover) );
    opacity: 1;
    transition: none;
  }
}
._ActionBarAction_5vdfr_30:active:not(._ActionBarAction--disabled_5vdfr_74),
._ActionBarAction--active_5vdfr_104 {
  color: var( --puck-actionbar-color-action-active, var(--puck-color-interactive-inverse-active) );
  opacity: 1;
  transition: none;
}
._ActionBar-group_5vdfr_38 * {
  margin: 0;
}
._ActionBar-separator_5vdfr_117 {
  background: var( --puck-actionbar-color-separator, var(--puck-color-border-inverse) );
  margin-inline: var(--puck-space-1);
  width: var( --puck-border-width-hairline );
  height: 100%;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/DraggableComponent/styles.module.css/#css-module-data */
._DraggableComponent_1627v_1 {
  position: absolute;
  pointer-events: none;
}
._DraggableComponent-overlayWrapper_1627v_6 {
  height: 100%;
  width: 100%;
  top: 0;
  position: absolute;
  pointer-events: none;
  box-sizing: border-box;
  z-index: 1;
}
._DraggableComponent-overlay_1627v_6 {
  cursor: pointer;
  height: 100%;
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var( --puck-slot-component-color-overlay-border, var(--puck-color-selection-border) ) solid;
  outline-offset: calc(var(--puck-slot-component-border-width, var(--puck-border-width-focus)) * -1);
  width: 100%;
}
._DraggableComponent_1627v_1:focus-visible > ._DraggableComponent-overlayWrapper_1627v_6 {
  outline: var(--puck-border-width-regular) solid var(--puck-color-focus-ring);
}
._DraggableComponent-loadingOverlay_1627v_38 {
  background: var(--puck-color-surface);
  color: var(--puck-color-text);
  border-radius: var(--puck-radius-m);
  display: flex;
  padding: var(--puck-space-2);
  top: var(--puck-space-2);
  right: var(--puck-space-2);
  position: absolute;
  z-index: 1;
  pointer-events: all;
  box-sizing: border-box;
  opacity: 0.8;
  z-index: 1;
}
._DraggableComponent--hover_1627v_54 > ._DraggableComponent-overlayWrapper_1627v_6 > ._DraggableComponent-overlay_1627v_6 {
  background: var( --puck-slot-component-color-overlay, var(--puck-color-selection-bg) );
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var( --puck-slot-component-color-overlay-border, var(--puck-color-selection-border) ) solid;
}
._DraggableComponent--isSelected_1627v_72 > ._DraggableComponent-overlayWrapper_1627v_6 > ._DraggableComponent-overlay_1627v_6 {
  outline-color: var( --puck-slot-component-color-border-selected, var(--puck-color-selection-border) );
}
._DraggableComponent_1627v_1:has(._DraggableComponent--hover_1627v_54 > ._DraggableComponent-overlayWrapper_1627v_6) > ._DraggableComponent-overlayWrapper_1627v_6 {
  display: none;
}
._DraggableComponent-actionsOverlay_1627v_89 {
  position: sticky;
  opacity: 0;
  pointer-events: none;
  z-index: 2;
}
._DraggableComponent--isSelected_1627v_72 ._DraggableComponent-actionsOverlay_1627v_89 {
  opacity: 1;
  pointer-events: auto;
}
._DraggableComponent-actions_1627v_89 {
  position: absolute;
  width: auto;
  cursor: grab;
  display: flex;
  box-sizing: border-box;
  transform-origin: right top;
  min-height: 36px;
}
._DraggableComponent-actionsAction_1627v_111 {
  height: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
  width: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Drawer/styles.module.css/#css-module-data */
._Drawer_1n90m_1 {
  display: flex;
  flex-direction: column;
  font-family: var(--puck-font-family);
  gap: var(--puck-space-3);
}
._Drawer-draggable_1n90m_8 {
  position: relative;
}
._Drawer-draggableBg_1n90m_12 {
  position: absolute;
  top: 0;
  right: 0;
  bottom: 0;
  left: 0;
  pointer-events: none;
  z-index: -1;
}
._DrawerItem-draggable_1n90m_22 {
  background: var(--puck-drawer-item-color-bg, var(--puck-color-surface));
  color: var(--puck-drawer-item-color-text, var(--puck-color-text));
  cursor: grab;
  padding: var(--puck-drawer-item-space, var(--puck-space-3));
  display: flex;
  border: var(--puck-drawer-item-border-width, var(--puck-border-width-regular)) var(--puck-drawer-item-color-border, var(--puck-color-border)) solid;
  border-radius: var(--puck-drawer-item-radius, var(--puck-radius-m));
  font-size: var(--puck-drawer-item-font-size, var(--puck-font-size-xxs));
  justify-content: space-between;
  align-items: center;
  transition: background-color var(--puck-duration-fast) var(--puck-ease-exit), color var(--puck-duration-fast) var(--puck-ease-exit);
}
._DrawerItem--disabled_1n90m_38 ._DrawerItem-draggable_1n90m_22 {
  background: var(--puck-color-surface-muted);
  color: var(--puck-color-text-muted);
  cursor: not-allowed;
}
._DrawerItem_1n90m_22:focus-visible {
  outline: 0;
}
._Drawer_1n90m_1:not(._Drawer--isDraggingFrom_1n90m_48) ._DrawerItem_1n90m_22:focus-visible ._DrawerItem-draggable_1n90m_22 {
  border-radius: var(--puck-radius-m);
  outline: var(--puck-border-width-focus) solid var(--puck-color-focus-ring);
  outline-offset: var(--puck-border-width-focus);
}
@media (hover: hover) and (pointer: fine) {
  ._Drawer_1n90m_1:not(._Drawer--isDraggingFrom_1n90m_48) ._DrawerItem_1n90m_22:not(._DrawerItem--disabled_1n90m_38) ._DrawerItem-draggable_1n90m_22:hover {
    background-color: var( --puck-drawer-item-color-bg-hover, var(--puck-color-interactive-soft-hover) );
    color: var( --puck-drawer-item-color-text-hover, var(--puck-color-interactive) );
    transition: none;
  }
}
._DrawerItem-name_1n90m_72 {
  overflow-x: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/DropZone/styles.module.css/#css-module-data */
._DropZone_wc2ks_1 {
  position: relative;
  height: 100%;
  min-height: var(--puck-slot-min-empty-height);
  outline-offset: calc(var(--puck-slot-border-width, var(--puck-border-width-focus)) * -1);
  width: 100%;
}
._DropZone--hasChildren_wc2ks_11 {
  min-height: 0;
}
._DropZone_wc2ks_1:empty {
  min-height: var(--puck-slot-min-empty-height);
}
[data-puck-entry]:not([data-puck-dragging]) ._DropZone_wc2ks_1 {
  transition: min-height var(--puck-duration-medium) var(--puck-ease-exit);
}
._DropZone--isAreaSelected_wc2ks_24,
._DropZone--hoveringOverArea_wc2ks_25:not(._DropZone--isRootZone_wc2ks_25) {
  background: var(--puck-slot-color-bg, var(--puck-color-selection-bg));
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone_wc2ks_1:empty {
  background: var(--puck-slot-color-bg, var(--puck-color-selection-bg));
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone-item_wc2ks_39 {
  position: relative;
}
._DropZone-linePlaceholder_wc2ks_43 {
  background: var( --puck-slot-component-color-placeholder, var(--puck-color-line-placeholder) );
  border-radius: calc(var(--puck-line-placeholder-width, 2px) / 2);
  pointer-events: none;
  position: absolute;
  z-index: 1;
}
._DropZone-hitbox_wc2ks_55 {
  position: absolute;
  bottom: calc(var(--puck-space-3) * -1);
  height: var(--puck-space-5);
  width: 100%;
  z-index: 1;
}
[data-puck-dragging] ._DropZone--isEnabled_wc2ks_63 {
  outline: var(--puck-slot-border-width, var(--puck-border-width-focus)) var(--puck-slot-border-style, dashed) var(--puck-slot-color-border, var(--puck-color-selection-border));
}
._DropZone_wc2ks_1 > *:not([data-puck-component]):not([data-puck-line-placeholder]) {
  opacity: 0;
}
body:has(._DropZone--isAnimating_wc2ks_74:empty) [data-puck-overlay] {
  opacity: 0 !important;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/InlineTextField/styles.module.css/#css-module-data */
._InlineTextField_104qp_1 {
  cursor: text;
  display: inline-block;
  white-space: pre-wrap;
  text-decoration: inherit;
}
[data-dnd-dragging] ._InlineTextField_104qp_1 {
  cursor: none;
  caret-color: transparent;
}
[data-dnd-dragging] ._InlineTextField_104qp_1::selection {
  display: none;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/Loader/styles.module.css/#css-module-data */
@keyframes _loader-animation_1w5zn_1 {
  0% {
    transform: rotate(0deg) scale(1);
  }
  50% {
    transform: rotate(180deg) scale(0.8);
  }
  100% {
    transform: rotate(360deg) scale(1);
  }
}
._Loader_1w5zn_13 {
  background: transparent;
  border-radius: var(--puck-radius-round);
  border: var(--puck-border-width-focus) solid currentColor;
  border-bottom-color: transparent;
  display: inline-block;
  animation: _loader-animation_1w5zn_1 1s 0s infinite linear;
  animation-fill-mode: both;
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/RichTextMenu/styles.module.css/#css-module-data */
._RichTextMenu_1ve2j_1 {
  display: flex;
  flex-direction: row;
  flex-wrap: nowrap;
}
._RichTextMenu--form_1ve2j_7 {
  border-top-left-radius: var(--puck-field-radius, var(--puck-radius-m));
  border-top-right-radius: var(--puck-field-radius, var(--puck-radius-m));
  padding: var(--puck-field-richtext-menu-space-y, 6px) var(--puck-field-richtext-menu-space-x, 6px);
  background-color: var( --puck-field-richtext-menu-color-bg, var(--puck-color-surface-subtle) );
  position: relative;
  scrollbar-width: none;
  overflow-x: auto;
}
._RichTextMenu-group_1ve2j_21 {
  display: flex;
  align-items: space-between;
  flex-direction: row;
  flex-wrap: nowrap;
  padding-inline: 6px;
  gap: 2px;
  position: relative;
}
._RichTextMenu-group_1ve2j_21:first-of-type {
  padding-left: 0;
}
._RichTextMenu-group_1ve2j_21:last-of-type {
  padding-right: 0;
}
._RichTextMenu--inline_1ve2j_39 ._RichTextMenu-group_1ve2j_21 {
  color: var(--puck-color-text-inverse);
  gap: 0px;
  flex-wrap: nowrap;
}
._RichTextMenu-group_1ve2j_21 + ._RichTextMenu-group_1ve2j_21 {
  border-left: var(--puck-border-width-regular) solid var( --puck-field-richtext-menu-color-separator, var(--puck-color-border-muted) );
}
._RichTextMenu--inline_1ve2j_39 ._RichTextMenu-group_1ve2j_21 + ._RichTextMenu-group_1ve2j_21 {
  border-left: var(--puck-border-width-hairline) solid var(--puck-color-border-inverse);
}

/* css-module:/home/runner/work/puck/puck/packages/core/components/RichTextMenu/components/Control/styles.module.css/#css-module-data */
._Control_id4pm_1 .lucide {
  height: var(--puck-icon-size-m);
  width: var(--puck-icon-size-m);
}
._Control--inline_id4pm_6 .lucide {
  height: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
  width: var(--puck-actionbar-action-size, var(--puck-icon-size-s));
}

/* components/DraggableComponent/styles.css */
[data-puck-component] * {
  pointer-events: none;
  user-select: none;
  -webkit-user-select: none;
}
[data-puck-component] {
  cursor: grab;
  pointer-events: auto !important;
  user-select: none;
  -webkit-user-select: none;
}
[data-puck-dropzone] {
  pointer-events: auto !important;
}
[data-puck-disabled] {
  cursor: pointer;
}
[data-dnd-placeholder]:not([data-puck-line-drag] *) {
  background: var( --puck-slot-component-color-placeholder, var(--puck-color-azure-06) ) !important;
  border: none !important;
  color: transparent !important;
  opacity: 0.3 !important;
  outline: none !important;
  transition: none !important;
}
[data-dnd-placeholder]:not([data-puck-line-drag] *) *,
[data-dnd-placeholder]:not([data-puck-line-drag] *)::after,
[data-dnd-placeholder]:not([data-puck-line-drag] *)::before {
  opacity: 0 !important;
}
[data-puck-line-drag] [data-dnd-placeholder] {
  opacity: 0.4 !important;
  outline: none !important;
  transition: none !important;
}
[data-puck-line-drag] [data-dnd-dragging][data-puck-component] {
  opacity: 0.9 !important;
}
[data-dnd-dragging][data-puck-component] {
  pointer-events: none !important;
  outline: var( --puck-slot-component-border-width, var(--puck-border-width-focus) ) var(--puck-slot-component-color-border-dragging, var(--puck-color-azure-09)) solid !important;
  outline-offset: calc(var(--puck-slot-component-border-width, var(--puck-border-width-focus)) * -1) !important;
}
[data-dnd-dragging][data-puck-component] > :first-child {
  margin-top: 0 !important;
}
[data-dnd-dragging][data-puck-component] > :last-child {
  margin-bottom: 0 !important;
}

/* lib/overlay-portal/styles.css */
[data-puck-overlay-portal],
[data-puck-overlay-portal] * {
  pointer-events: auto !important;
}
[data-puck-entry][data-puck-dragging] [data-puck-overlay-portal],
[data-puck-entry][data-puck-dragging] [data-puck-overlay-portal] * {
  pointer-events: none !important;
}
[data-puck-entry][data-puck-preview-mode=edit] [data-puck-overlay-portal]:hover {
  outline: 2px var(--puck-color-azure-09, #cfdff0) dashed;
  outline-offset: 2px;
}
[data-puck-entry][data-puck-preview-mode=edit] [data-puck-overlay-portal]:focus-within {
  outline: 2px var(--puck-color-azure-07, #88b0da) dashed;
  outline-offset: 2px;
}`,mS=`data-puck-style-source`,hS=`puck`,gS=`data-puck-style-id`,_S={uiDefault:`ui-default`,iframeInteractions:`iframe-styles`},vS=new WeakMap,yS=e=>{if(e)return e;if(typeof document<`u`)return document},bS=e=>{let t=vS.get(e);if(t)return t;let n=new Map;return vS.set(e,n),n},xS=(e,t,n=!1)=>{let r=e.head;r&&(t.parentElement===r?(n&&r.firstChild!==t&&r.prepend(t),!n&&r.lastChild!==t&&r.append(t)):n?r.prepend(t):r.append(t))},SS=(e,t,n,r=!1)=>{let i=e.createElement(`style`);return i.setAttribute(mS,hS),i.setAttribute(gS,t),i.textContent=n,xS(e,i,r),i},CS=e=>e?.getAttribute(mS)===hS,wS=e=>{let t=yS(e?.document);(0,W.useInsertionEffect)(()=>{if(!e||!t)return;let n=bS(t),r=n.get(e.id);if(r)r.count+=1,r.el.textContent!==e.cssText&&(r.el.textContent=e.cssText),xS(t,r.el,e.prepend);else{let r=SS(t,e.id,e.cssText,e.prepend);n.set(e.id,{count:1,el:r})}return()=>{let t=n.get(e.id);t&&(--t.count,t.count<=0&&(t.el.remove(),n.delete(e.id)))}},[e?.cssText,e?.id,e?.prepend,e?.document,t])},TS=null,ES=()=>TS===null?typeof document>`u`?!1:(TS=getComputedStyle(document.documentElement).getPropertyValue(`--_puck-styles-loaded`).trim()!==``,TS):TS,DS=()=>{wS(ES()?null:{cssText:fS,id:_S.uiDefault,prepend:!0}),(0,W.useEffect)(()=>{},[])},OS=e=>{wS(e?{cssText:pS,document:e,id:_S.iframeInteractions}:null)},kS=`style, link[rel="stylesheet"]`,AS=`data-puck-style-mirror`,jS=e=>!e.matches(kS)||CS(e)?!1:e.tagName!==`STYLE`||!!e.innerHTML.trim(),MS=e=>{let t=[];return e.querySelectorAll(kS).forEach(e=>{jS(e)&&t.push(e)}),t},NS=e=>Array.from(document.styleSheets).find(t=>t.ownerNode.href===e.href),PS=e=>{if(e)try{return Array.from(e.cssRules).map(e=>e.cssText).join(``)}catch{console.warn(`Access to stylesheet %s is denied. Ignoring…`,e.href)}return``},FS=(e,t)=>{let n=e.attributes;n?.length>0&&Array.from(n).forEach(e=>{t.setAttribute(e.name,e.value)})},IS=e=>setTimeout(e,0),LS=({children:e,debug:t=!1,onStylesLoaded:n=()=>null,syncHostStyles:r=!0})=>{let{document:i,window:a}=zS();return OS(i),(0,W.useEffect)(()=>{if(!a||!i)return()=>{};let e=[],o={},s=()=>{e.forEach(({mirror:e})=>{e.remove()}),e=[],Array.from(i.head.querySelectorAll(`[${AS}="true"]`)).forEach(e=>{e.remove()}),Object.keys(o).forEach(e=>{delete o[e]})},c=t=>e.findIndex(e=>e.original===t),l=(e,n=!1)=>Lt(null,null,function*(){let r;if(e.nodeName===`LINK`&&n){r=document.createElement(`style`),r.type=`text/css`;let n=NS(e);n||=(yield new Promise(t=>{let n=()=>{t(),e.removeEventListener(`load`,n)};e.addEventListener(`load`,n)}),NS(e));let i=PS(n);if(!i){t&&console.warn(`Tried to load styles for link element, but couldn't find them. Skipping...`);return}r.innerHTML=i,r.setAttribute(`data-href`,e.getAttribute(`href`))}else r=e.cloneNode(!0);return r.setAttribute(AS,`true`),r}),u=n=>Lt(null,null,function*(){let r=c(n);if(r>-1){t&&console.log(`Tried to add an element that was already mirrored. Updating instead...`),e[r].mirror.innerText=n.innerText;return}let a=yield l(n);if(!a)return;let s=(0,Fg.default)(a.outerHTML);o[s]?t&&console.log(`iframe already contains element that is being mirrored. Skipping...`):(o[s]=!0,i.head.append(a),e.push({original:n,mirror:a}),t&&console.log(`Added style node ${n.outerHTML}`))}),d=n=>{var r;let i=c(n);if(i===-1){t&&console.log(`Tried to remove an element that did not exist. Skipping...`);return}let a=(0,Fg.default)(n.outerHTML);(r=e[i]?.mirror)==null||r.remove(),delete o[a],t&&console.log(`Removed style node ${n.outerHTML}`)},f=new MutationObserver(e=>{e.forEach(e=>{e.type===`childList`&&(e.addedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&jS(t)&&IS(()=>u(t))}}),e.removedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&t.matches(kS)&&!CS(t)&&IS(()=>d(t))}}))})});if(!r)return n(),()=>{f.disconnect(),s()};let p=a.parent.document,m=MS(p),h=[],g=0,_=p.getElementsByTagName(`html`)[0];FS(_,i.documentElement);let v=p.getElementsByTagName(`body`)[0];return FS(v,i.body),Promise.all(m.map((t,n)=>Lt(null,null,function*(){if(t.nodeName===`LINK`){let e=t.href;if(h.indexOf(e)>-1)return;h.push(e)}let n=yield l(t);if(n)return e.push({original:t,mirror:n}),n}))).then(e=>{let t=e.filter(e=>e!==void 0);t.forEach(e=>{e.onload=()=>{g+=1,g>=t.length&&n()},e.onerror=()=>{let r=e instanceof HTMLLinkElement?e.href:void 0;console.warn(`AutoFrame couldn't load a stylesheet${r?`: ${r}`:``}. This can happen if the parent document's stylesheet is blocked by the iframe's CSP, returns a non-2xx status, or fails to reach the network.`),g+=1,g>=t.length&&n()}}),i.head.querySelectorAll(`[${AS}="true"]`).forEach(e=>{e.remove()}),i.head.append(...t),t.forEach(e=>{e.nodeName===`STYLE`&&(g+=1)}),g>=t.length&&n(),f.observe(p.head,{childList:!0,subtree:!0}),t.forEach(e=>{let t=(0,Fg.default)(e.outerHTML);o[t]=!0})}),()=>{f.disconnect(),s()}},[r]),(0,G.jsx)(G.Fragment,{children:e})},RS=(0,W.createContext)({}),zS=()=>(0,W.useContext)(RS);function BS(e){var t=e,{children:n,className:r,debug:i,id:a,onReady:o=()=>{},onNotReady:s=()=>{},frameRef:c,syncHostStyles:l=!0}=t,u=Rt(t,[`children`,`className`,`debug`,`id`,`onReady`,`onNotReady`,`frameRef`,`syncHostStyles`]);let[d,f]=(0,W.useState)(!1),[p,m]=(0,W.useState)({}),[h,g]=(0,W.useState)(),[_,v]=(0,W.useState)(!1);return(0,W.useEffect)(()=>{d&&v(!l)},[d,l]),(0,W.useEffect)(()=>{if(c.current){let e=c.current.contentDocument,t=c.current.contentWindow;m({document:e||void 0,window:t||void 0}),g(c.current.contentDocument?.getElementById(`frame-root`)),e&&t&&_?o():s()}},[c,d,_]),(0,G.jsx)(`iframe`,V(B({},u),{className:r,id:a,srcDoc:`<!DOCTYPE html><html><head></head><body><div id="frame-root" data-puck-entry></div></body></html>`,ref:c,onLoad:()=>{f(!0)},children:(0,G.jsx)(RS.Provider,{value:p,children:d&&h&&(0,G.jsx)(LS,{debug:i,onStylesLoaded:()=>v(!0),syncHostStyles:l,children:(0,si.createPortal)(n,h)})})}))}BS.displayName=`AutoFrame`;var VS=BS;H();var HS=fi(fb),US=(0,W.memo)(()=>{let e=z(ki(e=>e.state.indexes.nodes.root?.flatData.props)),t=z(e=>e.config),n=z(e=>e.metadata),r=Wy(t,(0,W.useMemo)(()=>{let t=Te({props:e??{}});return It(t)},[e]),HS),i=(0,W.useMemo)(()=>V(B({},r),{children:(0,G.jsx)(vb,{zone:De}),puck:{renderDropZone:vb,isEditing:!0,dragRef:null,metadata:n},editMode:!0}),[r,n]),a=bi(t.root?.fields??{},i);return t.root?.render?t.root?.render(V(B(B({},i),a),{id:`puck-root`})):(0,G.jsx)(G.Fragment,{children:i.children})});US.displayName=`EditorPage`;var WS=US;H();var GS=U(`PuckPreview`,{PuckPreview:`_PuckPreview_zbic3_1`,"PuckPreview-frame":`_PuckPreview-frame_zbic3_6`}),KS=e=>{let t=z(e=>e.status);(0,W.useEffect)(()=>{if(e.current&&t===`READY`){let t=e.current,n=e=>{let n=new ty(`pointermove`,V(B({},e),{bubbles:!0,cancelable:!1,clientX:e.clientX,clientY:e.clientY,pointerId:e.pointerId,pointerType:e.pointerType,isPrimary:e.isPrimary,originalTarget:e.target}));t.dispatchEvent(n)},r=()=>{var e;i(),(e=t.contentDocument)==null||e.addEventListener(`pointermove`,n,{capture:!0})},i=()=>{var e;(e=t.contentDocument)==null||e.removeEventListener(`pointermove`,n)};return r(),()=>{i()}}},[t])},qS=e=>{let t=z(e=>e.state.ui.previewMode),n=z(e=>e.status),r=z(e=>e.iframe.enabled);(0,W.useEffect)(()=>{(r?(e.current?.contentDocument)?.querySelector(`[data-puck-entry]`):e.current)?.setAttribute(`data-puck-preview-mode`,t)},[t,n,r])},JS=({id:e=`puck-preview`})=>{let t=z(e=>e.dispatch),n=z(e=>e.config),r=z(e=>e.setStatus),i=z(e=>e.iframe),a=z(e=>e.overrides),o=z(e=>e.metadata),s=z(e=>e.state.ui.previewMode===`edit`?null:e.state.data),c=(0,W.useMemo)(()=>a.iframe,[a]),l=(0,W.useRef)(null);KS(l),qS(l);let u=s?(0,G.jsx)(xb,{data:s,config:n,metadata:o}):(0,G.jsx)(WS,{});return(0,W.useEffect)(()=>{i.enabled||r(`READY`)},[i.enabled]),(0,G.jsx)(`div`,{className:GS(),id:e,"data-puck-preview":!0,onClick:e=>{let n=e.target;!n.hasAttribute(`data-puck-component`)&&!n.hasAttribute(`data-puck-dropzone`)&&t({type:`setUi`,ui:{itemSelector:null}})},children:i.enabled?(0,G.jsx)(VS,{id:`preview-frame`,className:GS(`frame`),"data-rfd-iframe":!0,syncHostStyles:i.syncHostStyles,onReady:()=>{r(`READY`)},onNotReady:()=>{r(`MOUNTED`)},frameRef:l,children:(0,G.jsx)(RS.Consumer,{children:({document:e})=>c?(0,G.jsx)(c,{document:e,children:u}):u})}):(0,G.jsx)(`div`,{id:`preview-frame`,className:GS(`frame`),ref:l,"data-puck-entry":!0,children:u})})};H(),H();var YS=({overrides:e,plugins:t})=>{let n=B({},e);return t?.forEach(e=>{e.overrides&&Object.keys(e.overrides).forEach(t=>{let r=t;if(!e.overrides?.[r])return;if(r===`fieldTypes`){let t=e.overrides.fieldTypes;Object.keys(t).forEach(e=>{n.fieldTypes=n.fieldTypes||{};let r=n.fieldTypes[e],i=n=>t[e](V(B({},n),{children:r?r(n):n.children}));n.fieldTypes[e]=i});return}let i=n[r];n[r]=t=>e.overrides[r](V(B({},t),{children:i?i(t):t.children}))})}),n},XS=({overrides:e,plugins:t})=>(0,W.useMemo)(()=>YS({overrides:e,plugins:t}),[t,e]);H(),H();var ZS={Puck:`_Puck_tzaxg_19`,"Puck-portal":`_Puck-portal_tzaxg_31`,PuckLayout:`_PuckLayout_tzaxg_36`,"PuckLayout-inner":`_PuckLayout-inner_tzaxg_40`,"Puck--hidePlugins":`_Puck--hidePlugins_tzaxg_73`,"PuckLayout--mounted":`_PuckLayout--mounted_tzaxg_78`,"PuckLayout--mobilePanelHeightToggle":`_PuckLayout--mobilePanelHeightToggle_tzaxg_82`,"PuckLayout--leftSideBarVisible":`_PuckLayout--leftSideBarVisible_tzaxg_82`,"PuckLayout--isExpanded":`_PuckLayout--isExpanded_tzaxg_90`,"PuckLayout--mobilePanelHeightMinContent":`_PuckLayout--mobilePanelHeightMinContent_tzaxg_110`,"PuckLayout--rightSideBarVisible":`_PuckLayout--rightSideBarVisible_tzaxg_137`,"PuckLayout-mounted":`_PuckLayout-mounted_tzaxg_156`,"PuckLayout-nav":`_PuckLayout-nav_tzaxg_197`,"PuckLayout-header":`_PuckLayout-header_tzaxg_217`,PuckPluginTab:`_PuckPluginTab_tzaxg_231`,"PuckPluginTab--visible":`_PuckPluginTab--visible_tzaxg_237`,"PuckPluginTab-body":`_PuckPluginTab-body_tzaxg_243`};H();var QS=({children:e})=>(0,G.jsx)(G.Fragment,{children:e});H();var $S=()=>{let e=L(),t=(0,W.useCallback)(()=>{let t=e.getState().dispatch;t({type:`setUi`,ui:e=>({previewMode:e.previewMode===`edit`?`interactive`:`edit`})})},[e]);Pt({meta:!0,i:!0},t),Pt({ctrl:!0,i:!0},t)};H(),H(),H();var eC=U(`MenuBar`,{MenuBar:`_MenuBar_1hxnj_1`,"MenuBar--menuOpen":`_MenuBar--menuOpen_1hxnj_14`,"MenuBar-inner":`_MenuBar-inner_1hxnj_29`,"MenuBar-history":`_MenuBar-history_1hxnj_45`});function tC({menuOpen:e=!1,renderHeaderActions:t,setMenuOpen:n}){let r=z(e=>e.history.back),i=z(e=>e.history.forward),a=z(e=>e.history.hasFuture()),o=z(e=>e.history.hasPast()),s=R(`header-undo`),c=R(`header-redo`);return(0,G.jsx)(`div`,{className:eC({menuOpen:e}),onClick:e=>{let t=e.target;window.matchMedia(`(min-width: 638px)`).matches||t.tagName===`A`&&t.getAttribute(`href`)?.startsWith(`#`)&&n(!1)},children:(0,G.jsxs)(`div`,{className:eC(`inner`),children:[(0,G.jsxs)(`div`,{className:eC(`history`),children:[(0,G.jsx)(pt,{type:`button`,title:s,disabled:!o,onClick:r,children:(0,G.jsx)(bt,{size:21})}),(0,G.jsx)(pt,{type:`button`,title:c,disabled:!a,onClick:i,children:(0,G.jsx)(Ae,{size:21})})]}),(0,G.jsx)(G.Fragment,{children:t&&t()})]})})}H();var nC=U(`PuckHeader`,{PuckHeader:`_PuckHeader_c2nei_1`,"PuckHeader--hidePlugins":`_PuckHeader--hidePlugins_c2nei_21`,"PuckHeader-inner":`_PuckHeader-inner_c2nei_26`,"PuckHeader-toggle":`_PuckHeader-toggle_c2nei_46`,"PuckHeader-rightSideBarToggle":`_PuckHeader-rightSideBarToggle_c2nei_52`,"PuckHeader-leftSideBarToggle":`_PuckHeader-leftSideBarToggle_c2nei_53`,"PuckHeader-title":`_PuckHeader-title_c2nei_64`,"PuckHeader-path":`_PuckHeader-path_c2nei_68`,"PuckHeader-tools":`_PuckHeader-tools_c2nei_75`,"PuckHeader-menuButton":`_PuckHeader-menuButton_c2nei_81`,"PuckHeader--menuOpen":`_PuckHeader--menuOpen_c2nei_86`}),rC=(0,W.memo)(({hidePlugins:e})=>{let{onPublish:t,renderHeader:n,renderHeaderActions:r,headerTitle:i,headerPath:a,iframe:o}=GC(),s=z(e=>e.dispatch),c=L(),l=(0,W.useMemo)(()=>n?(console.warn("`renderHeader` is deprecated. Please use `overrides.header` and the `usePuck` hook instead"),e=>{var t=e,{actions:r}=t,i=Rt(t,[`actions`]);let a=n,o=z(e=>e.state);return(0,G.jsx)(a,V(B({},i),{dispatch:s,state:o,children:r}))}):QS,[n]),u=(0,W.useMemo)(()=>r?(console.warn("`renderHeaderActions` is deprecated. Please use `overrides.headerActions` and the `usePuck` hook instead."),e=>{let t=r,n=z(e=>e.state);return(0,G.jsx)(t,V(B({},e),{dispatch:s,state:n}))}):QS,[r]),d=z(e=>e.overrides.header||l),f=z(e=>e.overrides.headerActions||u),[p,m]=(0,W.useState)(!1),h=z(e=>(e.state.indexes.nodes.root?.data).props.title??``),g=z(e=>e.state.ui.leftSideBarVisible),_=z(e=>e.state.ui.rightSideBarVisible),v=(0,W.useCallback)(e=>{let t=window.matchMedia(`(min-width: 638px)`).matches,n=e===`left`?g:_,r=e===`left`?`rightSideBarVisible`:`leftSideBarVisible`;s({type:`setUi`,ui:B({[`${e}SideBarVisible`]:!n},t?{}:{[r]:!1})})},[s,g,_]),y=R(`header-publish`),b=R(`label-page`),x=R(`header-toggle-leftsidebar`),S=R(`header-toggle-rightsidebar`),C=R(`header-toggle-menubar`);return(0,G.jsx)(d,{actions:(0,G.jsx)(G.Fragment,{children:(0,G.jsx)(f,{children:(0,G.jsx)(Ug,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,G.jsx)(Nt,{size:`14px`}),children:y})})}),children:(0,G.jsx)(`header`,{className:nC({leftSideBarVisible:g,rightSideBarVisible:_,hidePlugins:e}),children:(0,G.jsxs)(`div`,{className:nC(`inner`),children:[(0,G.jsxs)(`div`,{className:nC(`toggle`),children:[(0,G.jsx)(`div`,{className:nC(`leftSideBarToggle`),children:(0,G.jsx)(pt,{type:`button`,onClick:()=>{v(`left`)},title:x,children:(0,G.jsx)(Ke,{focusable:`false`})})}),(0,G.jsx)(`div`,{className:nC(`rightSideBarToggle`),children:(0,G.jsx)(pt,{type:`button`,onClick:()=>{v(`right`)},title:S,children:(0,G.jsx)(Ye,{focusable:`false`})})})]}),(0,G.jsx)(`div`,{className:nC(`title`),children:(0,G.jsxs)(U_,{rank:`2`,size:`xs`,children:[i||h||b,a&&(0,G.jsxs)(G.Fragment,{children:[` `,(0,G.jsx)(`code`,{className:nC(`path`),children:a})]})]})}),(0,G.jsxs)(`div`,{className:nC(`tools`),children:[(0,G.jsx)(`div`,{className:nC(`menuButton`),children:(0,G.jsx)(pt,{type:`button`,onClick:()=>m(!p),title:C,children:p?(0,G.jsx)(Dt,{focusable:`false`}):(0,G.jsx)(tt,{focusable:`false`})})}),(0,G.jsx)(tC,{dispatch:s,onPublish:t,menuOpen:p,renderHeaderActions:()=>(0,G.jsx)(f,{children:(0,G.jsx)(Ug,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,G.jsx)(Nt,{size:`14px`}),children:y})}),setMenuOpen:m})]})]})})})});H(),H();var iC=U(`SidebarSection`,{SidebarSection:`_SidebarSection_1uv88_1`,"SidebarSection-title":`_SidebarSection-title_1uv88_12`,"SidebarSection--noBorderTop":`_SidebarSection--noBorderTop_1uv88_20`,"SidebarSection-content":`_SidebarSection-content_1uv88_24`,"SidebarSection-breadcrumbLabel":`_SidebarSection-breadcrumbLabel_1uv88_33`,"SidebarSection-breadcrumbs":`_SidebarSection-breadcrumbs_1uv88_62`,"SidebarSection-breadcrumb":`_SidebarSection-breadcrumb_1uv88_33`,"SidebarSection-heading":`_SidebarSection-heading_1uv88_74`,"SidebarSection-loadingOverlay":`_SidebarSection-loadingOverlay_1uv88_78`}),aC=({children:e,title:t,background:n,showBreadcrumbs:r,noBorderTop:i,isLoading:a})=>(0,G.jsxs)(`div`,{className:iC({noBorderTop:i}),style:{background:n},children:[(0,G.jsx)(`div`,{className:iC(`title`),children:(0,G.jsxs)(`div`,{className:iC(`breadcrumbs`),children:[r&&(0,G.jsx)(nS,{}),(0,G.jsx)(`div`,{className:iC(`heading`),children:(0,G.jsx)(U_,{rank:`2`,size:`xs`,children:t})})]})}),(0,G.jsx)(`div`,{className:iC(`content`),children:e}),a&&(0,G.jsx)(`div`,{className:iC(`loadingOverlay`),children:(0,G.jsx)(Oe,{size:32})})]});H(),H(),H();var oC={ViewportControls:`_ViewportControls_v26yb_1`,"ViewportControls--fullScreen":`_ViewportControls--fullScreen_v26yb_5`,"ViewportControls-toggleButton":`_ViewportControls-toggleButton_v26yb_14`,"ViewportControls-actions":`_ViewportControls-actions_v26yb_39`,"ViewportControls-actionsInner":`_ViewportControls-actionsInner_v26yb_43`,"ViewportControls--isExpanded":`_ViewportControls--isExpanded_v26yb_67`,"ViewportControls-divider":`_ViewportControls-divider_v26yb_72`,"ViewportControls-zoomSelect":`_ViewportControls-zoomSelect_v26yb_79`,"ViewportControls-zoom":`_ViewportControls-zoom_v26yb_79`,"ViewportButton-inner":`_ViewportButton-inner_v26yb_110`,"ViewportButton--isActive":`_ViewportButton--isActive_v26yb_118`},sC={Smartphone:(0,G.jsx)(Ve,{size:16}),Tablet:(0,G.jsx)(Et,{size:16}),Monitor:(0,G.jsx)(Ee,{size:16}),FullWidth:(0,G.jsx)(kt,{size:16})},cC=U(`ViewportControls`,oC),lC=U(`ViewportButton`,oC),uC=({children:e,title:t,onClick:n,isActive:r,disabled:i})=>(0,G.jsx)(`span`,{className:lC({isActive:r}),suppressHydrationWarning:!0,children:(0,G.jsx)(pt,{type:`button`,title:t,disabled:i||r,onClick:n,suppressHydrationWarning:!0,children:(0,G.jsx)(`span`,{className:lC(`inner`),children:e})})}),dC=[{label:`25%`,value:.25},{label:`50%`,value:.5},{label:`75%`,value:.75},{label:`100%`,value:1},{label:`125%`,value:1.25},{label:`150%`,value:1.5},{label:`200%`,value:2}],fC=({viewport:e,isActive:t,onClick:n})=>{let r=R(`viewport-switch`,{label:e.label??``}),i=R(`viewport-switch-default`);return(0,G.jsx)(uC,{title:e.label?r:i,onClick:n,isActive:t,children:typeof e.icon==`string`?sC[e.icon]||e.icon:e.icon||sC.Smartphone})},pC=({autoZoom:e,zoom:t,onViewportChange:n,onZoom:r,fullScreen:i})=>{let a=z(e=>e.viewports),o=z(e=>e.state.ui.viewports),s=dC.find(t=>t.value===e),c=R(`viewport-zoom-auto`,{zoom:(e*100).toFixed(0)}),l=(0,W.useMemo)(()=>[...dC,...s?[]:[{value:e,label:c}]].filter(t=>t.value<=e).sort((e,t)=>e.value>t.value?1:-1),[e,c]),[u,d]=(0,W.useState)(o.current.width);(0,W.useEffect)(()=>{d(o.current.width)},[o.current]);let[f,p]=(0,W.useState)(!1),m=R(`viewport-zoom-out`),h=R(`viewport-zoom-in`),g=R(`viewport-toggle-menu`);return(0,G.jsxs)(`div`,{className:cC({isExpanded:f,fullScreen:i}),suppressHydrationWarning:!0,children:[(0,G.jsx)(`div`,{className:cC(`actions`),children:(0,G.jsxs)(`div`,{className:cC(`actionsInner`),children:[a.map((e,t)=>(0,G.jsx)(fC,{viewport:e,onClick:()=>{d(e.width),n(e)},isActive:u===e.width},t)),(0,G.jsx)(`div`,{className:cC(`divider`)}),(0,G.jsx)(uC,{title:m,disabled:t<=l[0]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.max(l.findIndex(e=>e.value===t)-1,0)].value)},children:(0,G.jsx)(gt,{size:16})}),(0,G.jsx)(uC,{title:h,disabled:t>=l[l.length-1]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.min(l.findIndex(e=>e.value===t)+1,l.length-1)].value)},children:(0,G.jsx)(nt,{size:16})}),(0,G.jsxs)(`div`,{className:cC(`zoom`),children:[(0,G.jsx)(`div`,{className:cC(`divider`)}),(0,G.jsx)(`select`,{className:cC(`zoomSelect`),value:t.toString(),onClick:e=>{e.stopPropagation()},onChange:e=>{r(parseFloat(e.currentTarget.value))},children:l.map(e=>(0,G.jsx)(`option`,{value:e.value,label:e.label},e.label))})]})]})}),(0,G.jsx)(`button`,{className:cC(`toggleButton`),title:g,onClick:()=>p(e=>!e),children:f?(0,G.jsx)(Tt,{size:16}):(0,G.jsx)(Ee,{size:16})})]})};H();var mC={PuckCanvas:`_PuckCanvas_zw9iy_1`,"PuckCanvas-controls":`_PuckCanvas-controls_zw9iy_18`,"PuckCanvas--fullScreen":`_PuckCanvas--fullScreen_zw9iy_23`,"PuckCanvas-inner":`_PuckCanvas-inner_zw9iy_34`,"PuckCanvas-root":`_PuckCanvas-root_zw9iy_43`,"PuckCanvas--ready":`_PuckCanvas--ready_zw9iy_68`,"PuckCanvas-loader":`_PuckCanvas-loader_zw9iy_73`,"PuckCanvas--showLoader":`_PuckCanvas--showLoader_zw9iy_84`};H();var hC=(0,W.createContext)(null),gC=({children:e})=>{let t=(0,W.useRef)(null),n=(0,W.useMemo)(()=>({frameRef:t}),[]);return(0,G.jsx)(hC.Provider,{value:n,children:e})},_C=()=>{let e=(0,W.useContext)(hC);if(e===null)throw Error(`useCanvasFrame must be used within a FrameProvider`);return e},vC=U(`PuckCanvas`,mC),yC=!0,bC=150,xC=()=>{let{frameRef:e}=_C(),t=Ge(e),{viewports:n=_e,ui:r}=GC(),{dispatch:i,overrides:a,setUi:o,zoomConfig:s,setZoomConfig:c,status:l,iframe:u,_experimentalFullScreenCanvas:d}=z(ki(e=>({dispatch:e.dispatch,overrides:e.overrides,setUi:e.setUi,zoomConfig:e.zoomConfig,setZoomConfig:e.setZoomConfig,status:e.status,iframe:e.iframe,_experimentalFullScreenCanvas:e._experimentalFullScreenCanvas}))),{leftSideBarVisible:f,rightSideBarVisible:p,leftSideBarWidth:m,rightSideBarWidth:h,viewports:g}=z(ki(e=>({leftSideBarVisible:e.state.ui.leftSideBarVisible,rightSideBarVisible:e.state.ui.rightSideBarVisible,leftSideBarWidth:e.state.ui.leftSideBarWidth,rightSideBarWidth:e.state.ui.rightSideBarWidth,viewports:e.state.ui.viewports}))),[_,v]=(0,W.useState)(!1),y=(0,W.useRef)(!1),b=(0,W.useMemo)(()=>({children:e})=>(0,G.jsx)(G.Fragment,{children:e}),[]),x=(0,W.useMemo)(()=>a.preview||b,[a]),S=(0,W.useCallback)(()=>{if(e.current){let t=e.current,n=ot(t);return{width:n.contentBox.width,height:n.contentBox.height}}return{width:0,height:0}},[e]);(0,W.useEffect)(()=>{t()},[e,f,p,m,h,g]),(0,W.useEffect)(()=>{let{height:e}=S();g.current.height===`auto`&&c(V(B({},s),{rootHeight:e/s.zoom}))},[s.zoom,S,c]),(0,W.useEffect)(()=>{yC&&t()},[g.current.width,g]),(0,W.useEffect)(()=>{if(!e.current)return;let n=new ResizeObserver(()=>{y.current||t()});return n.observe(e.current),()=>{n.disconnect()}},[e.current]);let[C,w]=(0,W.useState)(!1);(0,W.useEffect)(()=>{setTimeout(()=>{w(!0)},500)},[]);let T=L();return(0,W.useEffect)(()=>{if(typeof window>`u`||r?.viewports?.current)return;let t=window.innerWidth,i=e.current?.getBoundingClientRect().width;if(!t||!i||n.length===0)return;let a=Object.values(n).find(e=>e.width===`100%`),o=!!a,s=Object.entries(n).filter(([e,t])=>t.width!==`100%`).map(([e,n])=>({key:e,diff:Math.abs(t-(typeof n.width==`string`?t:n.width)),value:n})).sort((e,t)=>e.diff>t.diff?1:-1)[0].value;if(s.width<i&&o&&(s=a),u.enabled){let e=T.getState(),t={state:V(B({},e.state),{ui:V(B({},e.state.ui),{viewports:V(B({},e.state.ui.viewports),{current:V(B({},e.state.ui.viewports.current),{height:s?.height||`auto`,width:s?.width})})})})},n=e.history;e.history.histories.length===1&&(n=V(B({},n),{histories:[t]})),T.setState(V(B({},t),{history:n}))}},[n,e.current,u,T,r?.viewports?.current]),(0,G.jsxs)(`div`,{className:vC({ready:l===`READY`||!u.enabled||!u.waitForStyles,showLoader:C,fullScreen:d}),onClick:e=>{let t=e.target;!t.hasAttribute(`data-puck-component`)&&!t.hasAttribute(`data-puck-dropzone`)&&i({type:`setUi`,ui:{itemSelector:null},recordHistory:!1})},children:[g.controlsVisible&&u.enabled&&(0,G.jsx)(`div`,{className:vC(`controls`),children:(0,G.jsx)(pC,{fullScreen:d,autoZoom:s.autoZoom,zoom:s.zoom,onViewportChange:e=>{v(!0),y.current=!0;let n=V(B({},e),{height:e.height||`auto`,zoom:s.zoom}),r={viewports:V(B({},g),{current:n})};o(r),yC&&t({viewports:V(B({},g),{current:n})})},onZoom:e=>{v(!0),y.current=!0,c(V(B({},s),{zoom:e}))}})}),(0,G.jsxs)(`div`,{className:vC(`inner`),ref:e,children:[(0,G.jsx)(`div`,{className:vC(`root`),style:{width:u.enabled?g.current.width:`100%`,height:s.rootHeight,transform:u.enabled?`scale(${s.zoom})`:void 0,transition:_?`width ${bC}ms ease-out, height ${bC}ms ease-out, transform ${bC}ms ease-out`:``,overflow:u.enabled?void 0:`auto`},suppressHydrationWarning:!0,id:`puck-canvas-root`,onTransitionEnd:()=>{v(!1),y.current=!1},children:(0,G.jsx)(x,{children:(0,G.jsx)(JS,{})})}),(0,G.jsx)(`div`,{className:vC(`loader`),children:(0,G.jsx)(Oe,{size:24})})]})]})};H();function SC(e,t){let[n,r]=(0,W.useState)(null),i=(0,W.useRef)(null),a=z(t=>e===`left`?t.state.ui.leftSideBarWidth:t.state.ui.rightSideBarWidth);return(0,W.useEffect)(()=>{if(typeof window<`u`&&!a)try{let n=localStorage.getItem(`puck-sidebar-widths`);if(n){let r=JSON.parse(n)[e];r&&t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:r}})}}catch(t){console.error(`Failed to load ${e} sidebar width from localStorage`,t)}},[t,e,a]),(0,W.useEffect)(()=>{a!==void 0&&r(a)},[a]),{width:n,setWidth:r,sidebarRef:i,handleResizeEnd:(0,W.useCallback)(n=>{t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:n}});let r={};try{let e=localStorage.getItem(`puck-sidebar-widths`);r=e?JSON.parse(e):{}}catch(t){console.error(`Failed to save ${e} sidebar width to localStorage`,t)}finally{localStorage.setItem(`puck-sidebar-widths`,JSON.stringify(V(B({},r),{[e]:n})))}window.dispatchEvent(new CustomEvent(`viewportchange`,{bubbles:!0,cancelable:!1}))},[t,e])}}H(),H(),H();var CC=U(`ResizeHandle`,{ResizeHandle:`_ResizeHandle_144bf_2`,"ResizeHandle--left":`_ResizeHandle--left_144bf_16`,"ResizeHandle--right":`_ResizeHandle--right_144bf_20`}),wC=({position:e,sidebarRef:t,onResize:n,onResizeEnd:r})=>{let{frameRef:i}=_C(),a=Ge(i),o=(0,W.useRef)(null),s=(0,W.useRef)(!1),c=(0,W.useRef)(0),l=(0,W.useRef)(0),u=(0,W.useCallback)(t=>{if(!s.current)return;let r=t.clientX-c.current,i=e===`left`?l.current+r:l.current-r;n(Math.max(192,i)),t.preventDefault()},[n,e]),d=(0,W.useCallback)(()=>{if(!s.current)return;s.current=!1,document.body.style.cursor=``,document.body.style.userSelect=``;let e=document.getElementById(`resize-overlay`);e&&document.body.removeChild(e),document.removeEventListener(`mousemove`,u),document.removeEventListener(`mouseup`,d),r(t.current?.getBoundingClientRect().width||0),a()},[r]),f=(0,W.useCallback)(e=>{s.current=!0,c.current=e.clientX,l.current=t.current?.getBoundingClientRect().width||0,document.body.style.cursor=`col-resize`,document.body.style.userSelect=`none`;let n=document.createElement(`div`);n.id=`resize-overlay`,n.setAttribute(`data-resize-overlay`,``),document.body.appendChild(n),document.addEventListener(`mousemove`,u),document.addEventListener(`mouseup`,d),e.preventDefault()},[e,u,d]);return(0,G.jsx)(`div`,{ref:o,className:CC({[e]:!0}),onMouseDown:f})};H();var TC=U(`Sidebar`,{Sidebar:`_Sidebar_16oed_1`,"Sidebar--isVisible":`_Sidebar--isVisible_16oed_10`,"Sidebar--left":`_Sidebar--left_16oed_14`,"Sidebar--right":`_Sidebar--right_16oed_34`,"Sidebar-resizeHandle":`_Sidebar-resizeHandle_16oed_51`}),EC=({position:e,sidebarRef:t,isVisible:n,onResize:r,onResizeEnd:i,children:a})=>(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(`div`,{ref:t,className:TC({[e]:!0,isVisible:n}),children:a}),(0,G.jsx)(`div`,{className:`${TC(`resizeHandle`)}`,children:(0,G.jsx)(wC,{position:e,sidebarRef:t,onResize:r,onResizeEnd:i})})]});H();var DC=e=>{let t=e;for(;t&&t!==document.body;){let e=window.getComputedStyle(t);if(e.display===`none`||e.visibility===`hidden`||e.opacity===`0`||t.getAttribute(`aria-hidden`)===`true`||t.hasAttribute(`hidden`))return!1;t=t.parentElement}return!0},OC=e=>{if(e?.defaultPrevented)return!0;let t=(e?.composedPath)?.call(e)[0]||e?.target||document.activeElement;if(t instanceof HTMLElement){let e=t.tagName.toLowerCase();if(e===`input`||e===`textarea`||e===`select`||t.isContentEditable)return!0;let n=t.getAttribute(`role`);if(n===`textbox`||n===`combobox`||n===`searchbox`||n===`listbox`||n===`grid`)return!0}let n=document.querySelector(`dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]`);return!!(n&&DC(n))},kC=()=>{let e=L(),t=(0,W.useCallback)(t=>{if(OC(t))return!1;let{state:n,dispatch:r,permissions:i,selectedItem:a}=e.getState(),o=n.ui?.itemSelector;return o?.zone&&a&&i.getPermissions({item:a}).delete&&r({type:`remove`,index:o.index,zone:o.zone}),!0},[e]);Pt({delete:!0},t),Pt({backspace:!0},t)};H(),H();var AC={Nav:`_Nav_vll2r_1`,"Nav-list":`_Nav-list_vll2r_5`,"Nav-mobileActions":`_Nav-mobileActions_vll2r_23`,"NavItem-link":`_NavItem-link_vll2r_39`,NavItem:`_NavItem_vll2r_39`,"NavItem-linkIcon":`_NavItem-linkIcon_vll2r_90`,"NavItem--active":`_NavItem--active_vll2r_100`,"NavItem--mobileOnly":`_NavItem--mobileOnly_vll2r_136`,"NavItem--desktopOnly":`_NavItem--desktopOnly_vll2r_141`},jC=U(`Nav`,AC),MC=U(`NavItem`,AC),NC=({label:e,icon:t,onClick:n,isActive:r,mobileOnly:i,desktopOnly:a})=>(0,G.jsx)(`li`,{className:MC({active:r,mobileOnly:i,desktopOnly:a}),children:n&&(0,G.jsxs)(`div`,{className:MC(`link`),onClick:n,children:[t&&(0,G.jsx)(`span`,{className:MC(`linkIcon`),children:t}),(0,G.jsx)(`span`,{className:MC(`linkLabel`),children:e})]})}),PC=({items:e,mobileActions:t})=>(0,G.jsxs)(`nav`,{className:jC(),children:[(0,G.jsx)(`ul`,{className:jC(`list`),children:Object.entries(e).map(([e,t])=>(0,G.jsx)(NC,B({},t),e))}),t&&(0,G.jsx)(`div`,{className:jC(`mobileActions`),children:t})]});H();var FC=e=>B({enabled:!0,waitForStyles:!0,syncHostStyles:!0},e),IC=U(`Puck`,ZS),LC=U(`PuckLayout`,ZS),RC=U(`PuckPluginTab`,ZS),zC=typeof window>`u`?W.useEffect:W.useLayoutEffect,BC=()=>{let e=R(`label-page`),t=z(e=>e.selectedItem?e.config.components[e.selectedItem.type]?.label??e.selectedItem.type.toString():e.config.root?.label);return(0,G.jsx)(aC,{noBorderTop:!0,showBreadcrumbs:!0,title:t||e,children:(0,G.jsx)(cS,{})})},VC=({children:e,visible:t,mobileOnly:n})=>(0,G.jsx)(`div`,{className:RC({visible:t,mobileOnly:n}),children:(0,G.jsx)(`div`,{className:RC(`body`),children:e})}),HC=({children:e})=>{let{iframe:t,initialHistory:n,plugins:r,height:i}=GC(),a=z(e=>e.dnd),o=(0,W.useMemo)(()=>FC(t),[t]);DS();let s=z(e=>e.dispatch),c=z(e=>e.state.ui.leftSideBarVisible),l=z(e=>e.state.ui.rightSideBarVisible),u=z(e=>e.instanceId),{width:d,setWidth:f,sidebarRef:p,handleResizeEnd:m}=SC(`left`,s),{width:h,setWidth:g,sidebarRef:_,handleResizeEnd:v}=SC(`right`,s);(0,W.useEffect)(()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:{leftSideBarVisible:!1,rightSideBarVisible:!1}});let e=()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:e=>B(B({},e),e.rightSideBarVisible?{leftSideBarVisible:!1}:{})})};return window.addEventListener(`resize`,e),()=>{window.removeEventListener(`resize`,e)}},[]);let y=z(e=>e.overrides),b=(0,W.useMemo)(()=>y.puck||QS,[y]),[x,S]=(0,W.useState)(!1);zC(()=>{S(!0)},[]);let C=z(e=>e.status===`READY`);Mt(),(0,W.useEffect)(()=>{if(C&&o.enabled){let e=Sv();if(e)return xt(e)}},[C,o.enabled]),$S(),kC();let w={};d&&(w[`--puck-user-sidebar-left-width`]=`${d}px`),h&&(w[`--puck-user-sidebar-right-width`]=`${h}px`);let T=z(e=>e.setUi),E=z(e=>e.state.ui.plugin?.current),D=L(),O=(0,W.useMemo)(()=>!!r?.find(e=>e.name===`legacy-side-bar`),[r]),ee=R(`plugin-blocks`),te=R(`plugin-outline`),ne=R(`plugin-fields`),re=(0,W.useMemo)(()=>{let e={},t=[Fb({label:ee}),Qx({label:te})],n=e=>e.name===`legacy-side-bar`?-1:0,i=[...t,...r??[]].sort((e,t)=>n(e)-n(t));return r?.some(e=>e.name===`fields`)||i.push(dS({label:ne})),i?.forEach(t=>{t.name&&t.render&&(e[t.name]&&delete e[t.name],e[t.name]={label:t.label??t.name,icon:t.icon??(0,G.jsx)(yt,{}),onClick:()=>{t.name===E?T(c?{leftSideBarVisible:!1}:{leftSideBarVisible:!0}):t.name&&T({plugin:{current:t.name},leftSideBarVisible:!0})},isActive:c&&E===t.name,render:t.render,mobilePanelHeight:t.mobilePanelHeight??`toggle`,mobileOnly:O||t.mobileOnly,desktopOnly:t.name===`legacy-side-bar`||t.desktopOnly})}),e},[r,E,D,c,ee,te,ne]),ie=re[E??Object.keys(re)[0]]?.mobilePanelHeight??`toggle`;(0,W.useEffect)(()=>{if(!E){let e=Object.keys(re);T({plugin:{current:e[0]}})}},[re,E]);let k=re.fields&&re.fields.mobileOnly===!1,A=z(e=>e.state.ui.mobilePanelExpanded??!1),ae=R(`layout-maximize`),oe=R(`layout-minimize`);return(0,G.jsxs)(`div`,{className:`Puck ${IC({hidePlugins:O})}`,id:u,style:{height:i,visibility:`hidden`},children:[(0,G.jsx)(Oy,{disableAutoScroll:a?.disableAutoScroll,behavior:a?.behavior,children:(0,G.jsx)(b,{children:e||(0,G.jsx)(gC,{children:(0,G.jsx)(`div`,{className:LC({leftSideBarVisible:c,mounted:x,rightSideBarVisible:!k&&l,isExpanded:A,mobilePanelHeightToggle:ie===`toggle`,mobilePanelHeightMinContent:ie===`min-content`}),style:{height:i},children:(0,G.jsxs)(`div`,{className:LC(`inner`),style:w,children:[(0,G.jsx)(`div`,{className:LC(`header`),children:(0,G.jsx)(rC,{hidePlugins:O})}),(0,G.jsx)(`div`,{className:LC(`nav`),children:(0,G.jsx)(PC,{items:re,mobileActions:c&&ie===`toggle`&&(0,G.jsx)(pt,{type:`button`,title:A?oe:ae,onClick:()=>{T({mobilePanelExpanded:!A})},children:A?(0,G.jsx)(ve,{size:21}):(0,G.jsx)(Ft,{size:21})})})}),(0,G.jsx)(EC,{position:`left`,sidebarRef:p,isVisible:c,onResize:f,onResizeEnd:m,children:Object.entries(re).map(([e,{mobileOnly:t,render:n,label:r}])=>(0,G.jsx)(VC,{visible:E===e,mobileOnly:t,children:(0,G.jsx)(n,{})},e))}),(0,G.jsx)(xC,{}),!k&&(0,G.jsx)(EC,{position:`right`,sidebarRef:_,isVisible:l,onResize:g,onResizeEnd:v,children:(0,G.jsx)(BC,{})})]})})})})}),(0,G.jsx)(`div`,{id:`puck-portal-root`,className:IC(`portal`)})]})},UC=(0,W.createContext)({});function WC(e){return(0,G.jsx)(UC.Provider,{value:e,children:e.children})}var GC=()=>(0,W.useContext)(UC);function KC({children:e}){let{config:t,data:n,ui:r,onChange:i,permissions:a={},plugins:o,overrides:s,viewports:c=_e,iframe:l,dnd:u,initialHistory:d,metadata:f,dictionary:p,onAction:m,fieldTransforms:h,_experimentalFullScreenCanvas:g,_experimentalVirtualization:_}=GC(),v=(0,W.useMemo)(()=>FC(l),[l]),[y]=(0,W.useState)(()=>{let e=B(B({},mt.ui),r),i={};Object.keys(n?.root||{}).length>0&&!n?.root?.props&&console.warn("Warning: Defining props on `root` is deprecated. Please use `root.props`, or republish this page to migrate automatically.");let a=n?.root?.props||n?.root||{},o=B(B({},t.root?.defaultProps),a),s=Ne(Te(V(B({},n?.root),{props:o})),t),c=V(B({},mt),{data:V(B({},n),{root:V(B({},n?.root),{props:s.props}),content:n.content||[]}),ui:V(B(B({},e),i),{componentList:t.categories?Object.entries(t.categories).reduce((e,[t,n])=>V(B({},e),{[t]:{title:n.title,components:n.components,expanded:n.defaultExpanded,visible:n.visible}}),{}):{}})});return je(c,t)}),{appendData:b=!0}=d||{},[x]=(0,W.useState)([...d?.histories||[],...b?[{state:y}]:[]].map(e=>{let n=B(B({},y),e.state);return e.state.indexes||(n=je(n,t)),V(B({},e),{state:n})})),S=(0,W.useMemo)(()=>d?.index!==void 0&&d?.index>=0&&d?.index<x.length?d?.index:x.length-1,[]),C=x[S].state,w=XS({overrides:s,plugins:o}),T=(0,W.useMemo)(()=>{let e=(o||[]).reduce((e,t)=>B(B({},e),t.fieldTransforms),{});return B(B({},e),h)},[h,o]),E=sv(),D=(0,W.useCallback)(e=>({instanceId:E,state:e,config:t,plugins:o||[],overrides:w,viewports:c,iframe:v,_experimentalFullScreenCanvas:!!g,_experimentalVirtualization:!!_,onAction:m,metadata:f,dictionary:p||{},dnd:u,fieldTransforms:T}),[E,C,t,o,w,c,v,g,_,m,f,p,u,T]),[O]=(0,W.useState)(()=>it(D(C)));(0,W.useEffect)(()=>{},[O]),(0,W.useEffect)(()=>{let e=O.getState().state;O.setState(B({},D(e)))},[D]),be(O,{histories:x,index:S,initialAppState:C});let ee=(0,W.useRef)(null);(0,W.useEffect)(()=>O.subscribe(e=>e.state.data,e=>{if(i){if(ft(e,ee.current))return;i(e),ee.current=e}}),[i]),At(O,a);let te=Db(O);return(0,W.useEffect)(()=>{let{resolveAndCommitData:e}=O.getState();setTimeout(()=>{e()},0)},[]),(0,G.jsx)(Ot.Provider,{value:O,children:(0,G.jsx)(Tb.Provider,{value:te,children:e})})}function qC(e){return(0,G.jsx)(WC,V(B({},e),{children:(0,G.jsx)(KC,V(B({},e),{children:(0,G.jsx)(HC,{children:e.children})}))}))}qC.Components=Nb,qC.Fields=cS,qC.Layout=HC,qC.Outline=Xx,qC.Preview=JS,H(),H(),H(),H(),H(),H(),H(),H(),H(),H(),H(),H(),H(),H();var JC={outline:{xmlns:`http://www.w3.org/2000/svg`,width:24,height:24,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:2,strokeLinecap:`round`,strokeLinejoin:`round`},filled:{xmlns:`http://www.w3.org/2000/svg`,width:24,height:24,viewBox:`0 0 24 24`,fill:`currentColor`,stroke:`none`}},YC=(e,t,n,r)=>{let i=(0,W.forwardRef)(({color:n=`currentColor`,size:i=24,stroke:a=2,title:o,className:s,children:c,...l},u)=>(0,W.createElement)(`svg`,{ref:u,...JC[e],width:i,height:i,className:[`tabler-icon`,`tabler-icon-${t}`,s].filter(Boolean).join(` `),...e===`filled`?{fill:n}:{strokeWidth:a,stroke:n},...l},[o&&(0,W.createElement)(`title`,{key:`svg-title`},o),...r.map(([e,t])=>(0,W.createElement)(e,t)),...Array.isArray(c)?c:[c]]));return i.displayName=`${n}`,i},XC=YC(`outline`,`arrow-right`,`ArrowRight`,[[`path`,{d:`M5 12l14 0`,key:`svg-0`}],[`path`,{d:`M13 18l6 -6`,key:`svg-1`}],[`path`,{d:`M13 6l6 6`,key:`svg-2`}]]),ZC=YC(`outline`,`pencil`,`Pencil`,[[`path`,{d:`M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4`,key:`svg-0`}],[`path`,{d:`M13.5 6.5l4 4`,key:`svg-1`}]]),QC=YC(`outline`,`player-play`,`PlayerPlay`,[[`path`,{d:`M7 4v16l13 -8l-13 -8`,key:`svg-0`}]]),$C=YC(`outline`,`plus`,`Plus`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M5 12l14 0`,key:`svg-1`}]]),ew=YC(`outline`,`refresh`,`Refresh`,[[`path`,{d:`M20 11a8.1 8.1 0 0 0 -15.5 -2m-.5 -4v4h4`,key:`svg-0`}],[`path`,{d:`M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4`,key:`svg-1`}]]),tw=YC(`outline`,`trash`,`Trash`,[[`path`,{d:`M4 7l16 0`,key:`svg-0`}],[`path`,{d:`M10 11l0 6`,key:`svg-1`}],[`path`,{d:`M14 11l0 6`,key:`svg-2`}],[`path`,{d:`M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12`,key:`svg-3`}],[`path`,{d:`M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3`,key:`svg-4`}]]),nw=YC(`outline`,`x`,`X`,[[`path`,{d:`M18 6l-12 12`,key:`svg-0`}],[`path`,{d:`M6 6l12 12`,key:`svg-1`}]]);function rw(e){let t=(t,n)=>e===`all`||(e?.entities.get(t)?.has(n)??!1),n=t=>e===`all`||(e?.flows.has(t)??!1),r=t=>e===null||e===`all`||e.pages.has(t);return{known:e!==null,can:t,canRun:n,showsPage:r,allows:e=>{switch(e.type){case`create`:return t(e.entity,`create`);case`edit`:return t(e.entity,`update`);case`delete`:return t(e.entity,`delete`);case`runFlow`:return n(e.flow);case`navigate`:return r(e.page);case`openModal`:return(e.needs??[]).every(([e,n])=>t(e,n));default:return!0}},readOnly:(t,n)=>e!==`all`&&(e?.readOnly.get(t)?.has(n)??!1)}}var iw=rw(`all`),aw=(0,W.createContext)(iw);function ow(){return(0,W.useContext)(aw)}function sw(e){let t=e,n=!1,r=new Set;return{getState(){return t},updateState(e){t=typeof e==`function`?e(t):e},setState(e){this.updateState(e),r.forEach(e=>e(t))},initialize(e){n||=(t=e,!0)},subscribe(e){return r.add(e),()=>r.delete(e)}}}var cw=0;function lw(e,t,n){let r=[],i=[],a=new Map;for(let n of e){let e=n.position||t,r=a.get(e);r?r.push(n):a.set(e,[n])}for(let e of a.values())e.sort((e,t)=>(t.priority??0)-(e.priority??0)||(e.__sequence??0)-(t.__sequence??0)),e.forEach((e,t)=>{t<n?i.push(e):r.push(e)});return{notifications:i,queue:r}}var uw=sw({notifications:[],queue:[],defaultPosition:`bottom-right`,limit:5});function dw(e,t){let n=e.getState(),r=t([...n.notifications,...n.queue]);for(let e of r)e.__sequence===void 0&&(e.__sequence=cw,cw+=1);let i=lw(r,n.defaultPosition,n.limit);e.setState({notifications:i.notifications,queue:i.queue,limit:n.limit,defaultPosition:n.defaultPosition})}function fw(e,t=uw){let n=e.id||xn();return dw(t,t=>e.id&&t.some(t=>t.id===e.id)?t:[...t,{...e,id:n}]),n}function pw(e,t=uw){return dw(t,t=>t.filter(t=>t.id!==e||(t.onClose?.(t),!1))),e}function mw(e,t=uw){return dw(t,t=>t.map(t=>t.id===e.id?{...t,...e}:t)),e.id}function hw(e,t){return typeof e==`function`?e(t):e}function gw(e,t){let n=t.getState();return[...n.notifications,...n.queue].some(t=>t.id===e.id)?mw(e,t):fw(e,t)}var _w=new WeakMap;function vw(e,t,n=uw){let r=t.id||xn(),i=_w.get(n)||new Map,a={};_w.set(n,i),i.set(r,a),gw({loading:!0,autoClose:!1,...t.loading,id:r},n);let o=e=>{i.get(r)===a&&(i.delete(r),gw({...t.loading,loading:!1,autoClose:void 0,...e,id:r},n))};return e.then(e=>o({color:`teal`,...hw(t.success,e)}),e=>o({color:`red`,...hw(t.error,e)})),e}function yw(e=uw){dw(e,()=>[])}function bw(e=uw){let{defaultPosition:t,limit:n}=e.getState();dw(e,e=>lw(e,t,n).notifications)}var xw={show:fw,hide:pw,update:mw,promise:vw,clean:yw,cleanQueue:bw,updateState:dw},Sw=(0,W.createContext)(null),Cw=(0,W.createContext)({});function ww(){return{pathname:window.location.pathname,search:window.location.search}}function Tw({children:e}){let[t,n]=(0,W.useState)(ww);(0,W.useEffect)(()=>{let e=()=>n(ww());return window.addEventListener(`popstate`,e),()=>window.removeEventListener(`popstate`,e)},[]);let r=(0,W.useCallback)((e,t)=>{let r=new URL(e,window.location.href);if(r.origin!==window.location.origin){window.location.assign(r.href);return}let i=`${r.pathname}${r.search}${r.hash}`;i!==`${window.location.pathname}${window.location.search}${window.location.hash}`&&(t?.replace?window.history.replaceState(null,``,i):window.history.pushState(null,``,i),n(ww()),window.scrollTo({top:0}))},[]),i=(0,W.useMemo)(()=>({location:t,navigate:r}),[t,r]);return(0,G.jsx)(Sw.Provider,{value:i,children:e})}function Ew(){let e=(0,W.useContext)(Sw);if(!e)throw Error(`useRouter outside <Router>`);return e}function Dw(){return Ew().navigate}function Ow(){return(0,W.useContext)(Cw)}var kw=new class{state=`idle`;ws=null;attempts=0;timer=null;wasOpen=!1;tokenRequired=!1;changeListeners=new Set;reloadListeners=new Set;stateListeners=new Set;url(){let e=window.location.protocol===`https:`?`wss:`:`ws:`,t=Cn();return`${e}//${window.location.host}/ws${t?`?token=${encodeURIComponent(t)}`:``}`}setState(e){this.state=e,document.documentElement.dataset.torqueLive=e,this.stateListeners.forEach(t=>t(e))}requireToken(e){this.tokenRequired=e}signedOut(){return this.tokenRequired&&!Cn()}ensure(){this.ws||this.timer||typeof WebSocket>`u`||this.connect()}connect(){if(this.timer=null,this.signedOut()){this.setState(`signedOut`);return}this.setState(`connecting`);let e;try{e=new WebSocket(this.url())}catch{this.scheduleReconnect();return}this.ws=e,e.onopen=()=>{this.attempts=0;let e=this.wasOpen;this.wasOpen=!0,this.setState(`open`),e&&this.emit({entity:`*`})},e.onmessage=e=>{if(typeof e.data!=`string`)return;let t;try{t=JSON.parse(e.data)}catch{return}for(let e of Array.isArray(t)?t:[t])this.dispatch(e)},e.onclose=e=>{this.ws=null,this.setState(`closed`),e.code===4401?(this.setState(`signedOut`),Ln(`ws`)):this.scheduleReconnect()},e.onerror=()=>{}}dispatch(e){if(typeof e!=`object`||!e)return;let t=e;t.type===`reload`?this.reloadListeners.forEach(e=>e()):t.type===`resync`?this.emit({entity:`*`}):typeof t.entity==`string`&&this.emit({entity:t.entity,...typeof t.id==`string`?{id:t.id}:{},...typeof t.kind==`string`?{kind:t.kind}:{}})}scheduleReconnect(){if(this.timer)return;let e=Math.min(1e4,300*2**this.attempts)*(.75+Math.random()*.5);this.attempts+=1,this.timer=setTimeout(()=>this.connect(),e)}emit(e){this.changeListeners.forEach(t=>t(e))}onChange(e){return this.changeListeners.add(e),this.ensure(),()=>this.changeListeners.delete(e)}onReload(e){return this.reloadListeners.add(e),this.ensure(),()=>this.reloadListeners.delete(e)}onState(e){return this.stateListeners.add(e),()=>this.stateListeners.delete(e)}restart(){this.timer&&clearTimeout(this.timer),this.timer=null,this.ws?.close(),this.ws=null,this.connect()}};function Aw(e,t,n){kw.emit({entity:e,local:!0,...t?{id:t}:{},...n?{kind:n}:{}})}function jw(e,t,n=120){let r=(0,W.useRef)(t);r.current=t;let i=e.join(`,`);(0,W.useEffect)(()=>{let e=new Set(i.split(`,`)),t=null,a=null,o=kw.onChange(i=>{(i.entity===`*`||e.has(i.entity))&&(a=i,t||=setTimeout(()=>{t=null,a&&r.current(a)},n))});return()=>{o(),t&&clearTimeout(t)}},[i,n])}function Mw(e){if(e instanceof On){if(e.code===Rn.referentialIntegrity)return/[.!?]$/.test(e.message)?e.message:`${e.message}.`;if(e.code===Rn.flowFailed)return Pw(e);if(e.code===Rn.unauthorized)return`Please sign in with an access token.`;if(e.code===Rn.forbidden)return`You are not allowed to do this.`;let t=e.fieldErrors;return t.length?t.map(e=>e.field?`${e.field}: ${e.message}`:e.message).join(`; `):e.message}return e instanceof Error?e.message:String(e)}function Nw(e){let t=e.trim();return t&&!/[.!?]$/.test(t)?`${t}.`:t}function Pw(e){let t=e.data;if(typeof t!=`object`||!t)return e.message;let n=t;if(n.reason===`error`&&typeof n.message==`string`&&n.message)return Nw(n.message);let r=n.cause;return n.reason===`host`&&r&&typeof r.code==`number`&&typeof r.message==`string`?Mw(new On(r.code,r.message,r.data??null,e.method)):e.message}function Fw(e,t,n){let r=e.pages.find(e=>e.name===t);return r?r.route.replace(/:([A-Za-z0-9_]+)/g,(e,t)=>{let r=n?.[t]??(t.toLowerCase().endsWith(`id`)?n?.id:void 0);return encodeURIComponent(String(r??``))}):null}function Iw(e,t){if(!t)return{};if(!e.length)return{...t};let n={};for(let r of e)r in t?n[r]=t[r]:r===`recordId`&&(n[r]=t.id);return n}function Lw(e){if(e==null)return`Done.`;if(typeof e!=`object`)return String(e);let t=Object.entries(e);if(t.length&&t.length<=4&&t.every(([,e])=>typeof e!=`object`||!e))return t.map(([e,t])=>`${e}: ${String(t)}`).join(` · `);let n=JSON.stringify(e);return n.length>240?`${n.slice(0,240)}…`:n}function Rw(){let e=En(),t=jn(),n=Nn(),r=Dw();return(0,W.useCallback)(async(i,a)=>{let o=a??n?.record;switch(i.type){case`openModal`:t?.openModal(i.modal,o?{record:o}:{});return;case`closeModal`:t?.closeModal(n?.key);return;case`refresh`:t?.refresh();return;case`navigate`:{let t=Fw(e,i.page,o);t&&r(t);return}case`create`:i.modal?t?.openModal(i.modal,{}):t?.openModal(`auto:${i.entity}:create`,{auto:{entity:i.entity,mode:`create`}});return;case`edit`:if(!o)return;i.modal?t?.openModal(i.modal,{record:o}):t?.openModal(`auto:${i.entity}:edit`,{record:o,auto:{entity:i.entity,mode:`edit`}});return;case`delete`:{if(!o)return;let n=e.entities[i.entity];n&&await kn(n,[o]).catch(()=>void 0);let r=n?`${n.label.toLowerCase()} “${Gn(n,o)}”`:`this record`;if(!(t?await t.confirm({title:`Delete ${n?.label.toLowerCase()??`record`}?`,message:`This permanently deletes ${r}.`,confirmLabel:`Delete`,danger:!0}):window.confirm(`Delete ${r}?`)))return;try{await wn.call(`deleteEntity`,{entity:i.entity,id:o.id}),Aw(i.entity,o.id,`deleted`),xw.show({color:`teal`,title:`Deleted`,message:`Deleted ${r}.`})}catch(e){xw.show({color:`red`,title:`Could not delete`,message:Mw(e),autoClose:8e3})}return}case`runFlow`:{let n=e.flows[i.flow],r=n?.label??i.flow;try{let e=Iw(n?.inputs??[],o),a=await Dn(i.flow,e);xw.show({color:`teal`,title:r,message:Lw(a?.output),autoClose:6e3}),t?.refresh()}catch(e){xw.show({color:`red`,title:`${r} failed`,message:Mw(e),autoClose:8e3})}return}}},[e,t,n,r])}var zw={openModal:$C,create:$C,closeModal:nw,navigate:XC,edit:ZC,delete:tw,runFlow:QC,refresh:ew};function Bw({id:e,label:t,variant:n=`filled`,action:r,fullWidth:i=!0}){let a=Rw(),o=Nn(),[s,c]=(0,W.useState)(!1),l=ow(),u=r!==void 0&&(r.type===`edit`||r.type===`delete`)&&!o?.record,d=r?zw[r.type]:void 0;if(r&&!l.allows(r))return null;let f=(0,G.jsx)(pe,{"data-button":e,fullWidth:i,variant:n===`danger`?`filled`:n,color:n===`danger`?`red`:void 0,leftSection:d&&r?.type!==`navigate`?(0,G.jsx)(d,{size:16,stroke:1.8}):void 0,rightSection:r?.type===`navigate`?(0,G.jsx)(XC,{size:16,stroke:1.8}):void 0,loading:s,disabled:!r||u,onClick:async()=>{if(r){c(!0);try{await a(r)}finally{c(!1)}}},children:t});return u?(0,G.jsx)(Qr,{label:`Select a record first`,children:f}):f}var Vw=YC(`outline`,`download`,`Download`,[[`path`,{d:`M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2`,key:`svg-0`}],[`path`,{d:`M7 11l5 5l5 -5`,key:`svg-1`}],[`path`,{d:`M12 4l0 12`,key:`svg-2`}]]),Hw=YC(`outline`,`upload`,`Upload`,[[`path`,{d:`M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2`,key:`svg-0`}],[`path`,{d:`M7 9l5 -5l5 5`,key:`svg-1`}],[`path`,{d:`M12 4l0 12`,key:`svg-2`}]]);function Uw(e){let t=e instanceof On?e.data?.errors:void 0;if(!Array.isArray(t)||!t.length)return Mw(e);let n=t.slice(0,5).map(e=>`${e.line?`line ${e.line}: `:``}${e.field?`${e.field}: `:``}${e.message??`invalid`}`);return t.length>5&&n.push(`… and ${t.length-5} more`),n.join(`
`)}function Ww({entity:e,reload:t}){let n=ow(),r=(0,W.useRef)(null),[i,a]=(0,W.useState)(null),o=n.can(e.name,`read`),s=n.can(e.name,`create`);if(!o&&!s)return null;let c=e.pluralLabel.toLowerCase(),l=async()=>{a(`export`);try{let t=await wn.call(`exportEntityData`,{entity:e.name,format:`csv`}),n=URL.createObjectURL(new Blob([t.content],{type:`text/csv;charset=utf-8`})),r=document.createElement(`a`);r.href=n,r.download=`${e.name}.csv`,document.body.appendChild(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),1e4)}catch(e){xw.show({color:`red`,title:`Could not export ${c}`,message:Mw(e)})}finally{a(null)}},u=async n=>{a(`import`);try{let r=await n.text(),i=await wn.call(`importEntityData`,{entity:e.name,format:`csv`,content:r});xw.show({color:`teal`,title:`Imported ${i.inserted.toLocaleString()} ${i.inserted===1?e.label.toLowerCase():c}`,message:n.name}),t()}catch(e){xw.show({color:`red`,title:`Nothing imported from ${n.name}`,message:Uw(e),style:{whiteSpace:`pre-line`}})}finally{a(null),r.current&&(r.current.value=``)}};return(0,G.jsxs)(me,{gap:`xs`,children:[o&&(0,G.jsx)(pe,{size:`xs`,variant:`default`,leftSection:(0,G.jsx)(Vw,{size:14}),loading:i===`export`,onClick:l,title:`Download every ${e.label.toLowerCase()} as a CSV file`,"data-csv-export":e.name,children:`Export CSV`}),s&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(pe,{size:`xs`,variant:`default`,leftSection:(0,G.jsx)(Hw,{size:14}),loading:i===`import`,onClick:()=>r.current?.click(),title:`Add ${c} from a CSV file (header: field names)`,children:`Import CSV`}),(0,G.jsx)(`input`,{ref:r,type:`file`,accept:`.csv,text/csv`,hidden:!0,"data-csv-import":e.name,onChange:e=>{let t=e.currentTarget.files?.[0];t&&u(t)}})]})]})}var Gw=new Set([`integer`,`float`,`decimal`]);function Kw(e,t){let n=(t??e.fieldNames.filter(t=>e.fields[t].list)).join(`,`),r=(0,W.useMemo)(()=>(n?n.split(`,`):[]).map(t=>e.fields[t]),[e,n]);return{columns:r,refTargets:(0,W.useMemo)(()=>{let t=(e.displayTemplate??[]).filter((e,t)=>t%2==1).map(t=>e.fields[t]),n=[...r,...t].filter(e=>e?.type===`reference`&&!!e.target);return[...new Map(n.map(e=>[Kn(e.target,e.targetField),e])).values()]},[e,r])}}function qw(e,t){let[n,r]=(0,W.useState)(1),[i,a]=(0,W.useState)(t??20),[o,s]=(0,W.useState)(e.defaultSort?{...e.defaultSort}:null),[c,l]=(0,W.useState)({}),[u,d]=(0,W.useState)(null),[f,p]=(0,W.useState)(``),[m]=Sn(f.trim(),250);return{pageNo:n,pageSize:i,sort:o,filters:c,openFilter:u,searchInput:f,search:m,setPageNo:r,setPageSize:e=>{a(e),r(1)},toggleSort:e=>{s(t=>t&&t.field===e.name?{field:e.name,dir:t.dir===`asc`?`desc`:`asc`}:{field:e.name,dir:`asc`}),r(1)},setFilter:(e,t)=>{l(n=>{let r={...n};return t?r[e]=t:delete r[e],r}),r(1),d(null)},clearFilters:()=>{l({}),r(1)},setOpenFilter:d,typeSearch:e=>{p(e),r(1)},clearSearch:()=>p(``)}}function Jw(e,t){let n=t.value;return(Gw.has(e.type)&&e.type!==`decimal`||e.type===`reference`&&e.keyType===`integer`)&&typeof n==`string`&&(n=Number(n)),e.type===`decimal`&&typeof n==`string`&&(n=n.replace(/[,\s]/g,``)),e.type===`datetime`&&typeof n==`string`&&n&&(n=new Date(n).toISOString()),e.type===`localDateTime`&&typeof n==`string`&&/T\d\d:\d\d$/.test(n)&&(n=`${n}:00`),{field:e.name,op:t.op,value:n}}function Yw(e,{columns:t,refTargets:n},r){let i=En(),a=jn(),{pageNo:o,pageSize:s,sort:c,filters:l,search:u,setPageNo:d}=r,[f,p]=(0,W.useState)(null),[m,h]=(0,W.useState)(!0),[g,_]=(0,W.useState)(null),[v,y]=(0,W.useState)(0),b=(0,W.useCallback)(()=>y(e=>e+1),[]);return(0,W.useEffect)(()=>{let r=new AbortController,a={page:o,pageSize:s,sort:c?[c]:[],filters:Object.entries(l).map(([t,n])=>Jw(e.fields[t],n)),...u?{search:u}:{}};return h(!0),Fn(e.name,a,r.signal).then(async a=>{let c=a.items;if(await Promise.all([kn(e,c,r.signal).catch(()=>void 0),...n.map(e=>{let n=i.entities[e.target],a=t.filter(t=>t.target===e.target&&t.targetField===e.targetField).flatMap(e=>c.map(t=>t[e.name])).filter(e=>e!=null&&e!==``).map(String);return n?Mn(n,a,r.signal,2,e.targetField?e:void 0).catch(()=>void 0):void 0})]),r.signal.aborted)return;p({...a,items:c}),_(null),h(!1);let l=Math.max(1,Math.ceil(a.total/s));o>l&&d(l)}).catch(e=>{r.signal.aborted||(_(Mw(e)),h(!1))}),()=>r.abort()},[e,i,t,n,o,s,c,l,u,v,a?.refreshKey]),Xw(e.name,[...new Set(n.map(e=>e.target))],b),{data:f,loading:m,error:g,reload:b}}function Xw(e,t,n){jw([e,...t],r=>{r.entity!==e&&zn(r.entity),r.entity===`*`&&t.forEach(zn),n()})}var Zw=YC(`outline`,`arrow-down`,`ArrowDown`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M18 13l-6 6`,key:`svg-1`}],[`path`,{d:`M6 13l6 6`,key:`svg-2`}]]),Qw=YC(`outline`,`arrow-up`,`ArrowUp`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M18 11l-6 -6`,key:`svg-1`}],[`path`,{d:`M6 11l6 -6`,key:`svg-2`}]]),$w=YC(`outline`,`database-off`,`DatabaseOff`,[[`path`,{d:`M12.983 8.978c3.955 -.182 7.017 -1.446 7.017 -2.978c0 -1.657 -3.582 -3 -8 -3c-1.661 0 -3.204 .19 -4.483 .515m-2.783 1.228c-.471 .382 -.734 .808 -.734 1.257c0 1.22 1.944 2.271 4.734 2.74`,key:`svg-0`}],[`path`,{d:`M4 6v6c0 1.657 3.582 3 8 3c.986 0 1.93 -.067 2.802 -.19m3.187 -.82c1.251 -.53 2.011 -1.228 2.011 -1.99v-6`,key:`svg-1`}],[`path`,{d:`M4 12v6c0 1.657 3.582 3 8 3c3.217 0 5.991 -.712 7.261 -1.74m.739 -3.26v-4`,key:`svg-2`}],[`path`,{d:`M3 3l18 18`,key:`svg-3`}]]),eT=YC(`outline`,`filter`,`Filter`,[[`path`,{d:`M4 4h16v2.172a2 2 0 0 1 -.586 1.414l-4.414 4.414v7l-6 2v-8.5l-4.48 -4.928a2 2 0 0 1 -.52 -1.345v-2.227`,key:`svg-0`}]]),tT=YC(`filled`,`filter-filled`,`FilterFilled`,[[`path`,{d:`M20 3h-16a1 1 0 0 0 -1 1v2.227l.008 .223a3 3 0 0 0 .772 1.795l4.22 4.641v8.114a1 1 0 0 0 1.316 .949l6 -2l.108 -.043a1 1 0 0 0 .576 -.906v-6.586l4.121 -4.12a3 3 0 0 0 .879 -2.123v-2.171a1 1 0 0 0 -1 -1z`,key:`svg-0`}]]),nT=YC(`outline`,`search`,`Search`,[[`path`,{d:`M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0`,key:`svg-0`}],[`path`,{d:`M21 21l-6 -6`,key:`svg-1`}]]),rT=YC(`outline`,`selector`,`Selector`,[[`path`,{d:`M8 9l4 -4l4 4`,key:`svg-0`}],[`path`,{d:`M16 15l-4 4l-4 -4`,key:`svg-1`}]]),iT={eq:`is`,ne:`is not`,contains:`contains`,startsWith:`starts with`,gt:`>`,gte:`≥`,lt:`<`,lte:`≤`,isNull:`is empty`},aT=[`10`,`20`,`50`,`100`],oT=(0,W.lazy)(()=>ce(()=>import(`./filters-DRXrgFXG.js`).then(e=>({default:e.FilterEditor})),__vite__mapDeps([26,10,5,8,11,6,27,28,9,13,7,12,14,15,29,30,31,32])));function sT(e){return e.type!==`json`&&e.type!==`array`}function cT(e,t){let n=e.type===`reference`?Vn(Kn(e.target??``,e.targetField),String(t.value))??String(t.value):e.type===`enum`?Un(e,String(t.value)):Wn(e,t.value);return`${e.label} ${iT[t.op]??t.op} ${n}`}function lT(e){return e?.totalExact===!1?`about `:``}function uT({entity:e,title:t,searchable:n,data:r,query:i,actions:a}){let o=r?.total??0,s=e.pluralLabel.toLowerCase();return(0,G.jsxs)(me,{justify:`space-between`,align:`center`,gap:`sm`,children:[t?(0,G.jsx)(S,{order:4,fw:600,children:t}):(0,G.jsx)(F,{size:`sm`,c:`dimmed`,children:r&&o?`${lT(r)}${o.toLocaleString()} ${o===1?e.label.toLowerCase():s}`:` `}),(0,G.jsxs)(me,{gap:`sm`,align:`center`,children:[a,n&&(0,G.jsx)(qn,{placeholder:`Search ${s}…`,"aria-label":`Search ${s}`,leftSection:(0,G.jsx)(nT,{size:16,stroke:1.7}),rightSection:i.searchInput?(0,G.jsx)(or,{variant:`subtle`,color:`gray`,size:`sm`,"aria-label":`Clear search`,onClick:i.clearSearch,children:(0,G.jsx)(nw,{size:14})}):void 0,value:i.searchInput,onChange:e=>i.typeSearch(e.currentTarget.value),w:{base:`100%`,xs:280}})]})]})}function dT({entity:e,query:t}){let r=Object.entries(t.filters);return r.length===0?null:(0,G.jsxs)(me,{gap:6,children:[r.map(([r,i])=>(0,G.jsx)(n,{variant:`light`,size:`lg`,tt:`none`,fw:500,rightSection:(0,G.jsx)(or,{size:`xs`,variant:`transparent`,"aria-label":`Remove filter ${e.fields[r].label}`,onClick:()=>t.setFilter(r,null),children:(0,G.jsx)(nw,{size:12})}),children:cT(e.fields[r],i)},r)),(0,G.jsx)(pe,{variant:`subtle`,size:`compact-xs`,color:`gray`,onClick:t.clearFilters,children:`Clear all`})]})}function fT({entity:e,error:t,reload:n}){return(0,G.jsx)(re,{color:`red`,title:`Could not load ${e.pluralLabel.toLowerCase()}`,children:(0,G.jsxs)(me,{justify:`space-between`,children:[(0,G.jsx)(F,{size:`sm`,children:t}),(0,G.jsx)(pe,{size:`xs`,variant:`white`,color:`red`,onClick:n,children:`Retry`})]})})}function pT({field:e,sortable:t,allowFilters:n,query:r,first:i}){let{sort:a,filters:o,openFilter:s,setOpenFilter:c}=r,l=a?.field===e.name?a.dir:null,u=l===`asc`?Qw:l===`desc`?Zw:rT,d=l===`asc`?`ascending`:l===`desc`?`descending`:`none`,f=o[e.name],p=Gw.has(e.type);return(0,G.jsx)(P.Th,{"aria-label":e.label,"aria-sort":t?d:void 0,style:{textAlign:p?`right`:void 0},className:i?`torque-pin-start`:void 0,children:(0,G.jsxs)(me,{gap:0,wrap:`nowrap`,justify:p?`flex-end`:`flex-start`,children:[t?(0,G.jsxs)(rn,{className:`torque-th-button`,onClick:()=>r.toggleSort(e),"aria-label":`Sort by ${e.label}`,"data-sort":l??`none`,children:[(0,G.jsx)(F,{span:!0,size:`sm`,fw:600,children:e.label}),(0,G.jsx)(u,{size:14,stroke:1.8,opacity:l?1:.45})]}):(0,G.jsx)(F,{span:!0,size:`sm`,fw:600,children:e.label}),n&&sT(e)&&(0,G.jsxs)(gn,{opened:s===e.name,onChange:t=>c(t?e.name:null),width:260,position:`bottom-start`,withArrow:!0,shadow:`md`,trapFocus:!0,returnFocus:!0,children:[(0,G.jsx)(gn.Target,{children:(0,G.jsx)(or,{variant:f?`light`:`subtle`,color:f?void 0:`gray`,size:`xs`,className:`torque-filter-button`,"data-active":f?!0:void 0,"aria-label":`Filter ${e.label}`,onClick:()=>c(t=>t===e.name?null:e.name),children:f?(0,G.jsx)(tT,{size:13}):(0,G.jsx)(eT,{size:13,stroke:1.8})})}),(0,G.jsx)(gn.Dropdown,{children:(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(ni,{height:90}),children:(0,G.jsx)(oT,{field:e,current:f,onApply:t=>r.setFilter(e.name,t),onClear:()=>r.setFilter(e.name,null)},`${e.name}:${JSON.stringify(f??null)}`)})})]})]})})}function mT({entity:e,query:t}){let n=e.pluralLabel.toLowerCase();return(0,G.jsxs)(he,{align:`center`,gap:4,py:`xl`,children:[(0,G.jsx)($w,{size:32,stroke:1.4,color:`var(--mantine-color-dimmed)`}),(0,G.jsx)(F,{c:`dimmed`,size:`sm`,children:t.search||Object.keys(t.filters).length?`No ${n} match.`:`No ${n} yet.`})]})}var hT={first:`First page`,previous:`Previous page`,next:`Next page`,last:`Last page`};function gT({data:e,query:t}){let{pageNo:n,pageSize:r}=t,i=e?.total??0,a=Math.max(1,Math.ceil(i/r)),o=i===0?0:(n-1)*r+1,s=Math.min(i,n*r);return(0,G.jsxs)(me,{justify:`space-between`,gap:`sm`,children:[(0,G.jsx)(F,{size:`sm`,c:`dimmed`,"data-range":!0,children:e&&i?`${o.toLocaleString()}–${s.toLocaleString()} of ${lT(e)}${i.toLocaleString()}`:` `}),(0,G.jsxs)(me,{gap:`sm`,children:[(0,G.jsx)(In,{"aria-label":`Rows per page`,data:aT.includes(String(r))?aT:[String(r),...aT],value:String(r),onChange:e=>{e&&t.setPageSize(Number(e))},allowDeselect:!1,w:80,size:`xs`}),a>1&&(0,G.jsx)(Rr,{total:a,value:n,onChange:t.setPageNo,size:`sm`,siblings:1,boundaries:1,"aria-label":`Pages`,getControlProps:e=>({"aria-label":hT[e]}),getItemProps:e=>({"aria-label":`Page ${e}`,"aria-current":e===n?`page`:void 0})})]})]})}var _T=[`blue`,`teal`,`grape`,`orange`,`cyan`,`pink`,`lime`,`indigo`,`yellow`,`red`],vT={openModal:`Open`,closeModal:`Close`,navigate:`Open`,create:`New`,edit:`Edit`,delete:`Delete`,runFlow:`Run`,refresh:`Refresh`};function yT({field:e,value:t}){if(t==null||t===``)return(0,G.jsx)(F,{span:!0,c:`dimmed`,size:`sm`,children:`—`});switch(e.type){case`bytes`:return(0,G.jsxs)(me,{gap:6,wrap:`nowrap`,children:[(0,G.jsx)(F,{span:!0,size:`sm`,children:Wn(e,t)}),(0,G.jsx)(lr,{size:`sm`,href:Hn(String(t)),download:e.name,children:`Download`})]});case`boolean`:return(0,G.jsx)(n,{variant:`light`,color:t?`teal`:`gray`,size:`sm`,tt:`none`,children:t?`Yes`:`No`});case`enum`:{let r=e.values?.indexOf(String(t))??0;return(0,G.jsx)(n,{variant:`light`,color:_T[Math.max(0,r)%_T.length],size:`sm`,tt:`none`,children:Un(e,String(t))})}case`email`:return(0,G.jsx)(lr,{href:`mailto:${String(t)}`,size:`sm`,className:`torque-cell-truncate`,title:String(t),children:String(t)});case`url`:return(0,G.jsx)(lr,{href:String(t),target:`_blank`,rel:`noreferrer`,size:`sm`,className:`torque-cell-truncate`,title:String(t),children:String(t)});case`reference`:{let n=e.target?Vn(Kn(e.target,e.targetField),String(t)):void 0;return n===void 0?(0,G.jsx)(ni,{height:10,width:80,radius:`xl`,display:`inline-block`}):(0,G.jsx)(F,{span:!0,size:`sm`,children:n})}case`array`:return Array.isArray(t)?(0,G.jsxs)(me,{gap:4,wrap:`nowrap`,children:[t.slice(0,3).map((e,t)=>(0,G.jsx)(n,{variant:`outline`,size:`sm`,tt:`none`,children:String(e)},t)),t.length>3&&(0,G.jsxs)(F,{span:!0,size:`xs`,c:`dimmed`,children:[`+`,t.length-3]})]}):(0,G.jsx)(F,{span:!0,size:`sm`,children:String(t)});case`json`:return(0,G.jsx)(fr,{className:`torque-cell-clip`,children:JSON.stringify(t)});default:{let n=Wn(e,t),r=e.type===`text`||e.type===`string`&&n.length>24;return(0,G.jsx)(F,{span:!0,size:`sm`,className:e.type===`text`?`torque-cell-clip`:e.type===`string`?`torque-cell-truncate`:void 0,title:r?n:void 0,children:n})}}}var bT=(0,W.memo)(function({record:e,entity:t,columns:n,actions:r,run:i,flows:a}){let o=Gn(t,e);return(0,G.jsxs)(P.Tr,{"data-record-id":e.id,children:[n.map((t,n)=>(0,G.jsx)(P.Td,{"data-field":t.name,className:n===0?`torque-pin-start`:void 0,style:Gw.has(t.type)?{textAlign:`right`,fontVariantNumeric:`tabular-nums`}:void 0,children:(0,G.jsx)(yT,{field:t,value:e[t.name]})},t.name)),r.length>0&&(0,G.jsx)(P.Td,{className:`torque-pin-end`,children:(0,G.jsx)(me,{gap:4,justify:`flex-end`,wrap:`nowrap`,children:r.map((t,n)=>{let r=zw[t.type],s=vT[t.type],c=t.type===`runFlow`?a[t.flow]?.label??t.flow:null;return(0,G.jsx)(Qr,{label:c??s,withArrow:!0,openDelay:300,children:(0,G.jsx)(or,{variant:`subtle`,color:t.type===`delete`?`red`:`gray`,"aria-label":c?`${c} for ${o}`:`${s} ${o}`,"data-action":t.type,onClick:()=>void i(t,e),children:(0,G.jsx)(r,{size:17,stroke:1.7})})},n)})})})]})});function xT({items:e,loading:t,pageSize:n,columns:r,actions:i,...a}){return(0,G.jsx)(P.Tbody,{children:e===null&&t?Array.from({length:Math.min(n,5)},(e,t)=>(0,G.jsxs)(P.Tr,{children:[r.map(e=>(0,G.jsx)(P.Td,{children:(0,G.jsx)(ni,{height:12,radius:`xl`})},e.name)),i.length>0&&(0,G.jsx)(P.Td,{className:`torque-pin-end`})]},t)):(e??[]).map(e=>(0,G.jsx)(bT,{record:e,columns:r,actions:i,...a},e.id))})}var ST=[];function CT(e){let{entity:t,sortable:n=!0}=e,r=(e.searchable??!0)&&t.searchFields.length>0,i=e.filterable??!0,a=ow(),o=(0,W.useMemo)(()=>(e.rowActions??ST).filter(e=>a.allows(e)),[e.rowActions,a]),s=En(),c=Rw(),l=Kw(t,e.columns),d=qw(t,e.pageSize),{data:f,loading:p,error:m,reload:h}=Yw(t,l,d),{columns:g}=l;return(0,G.jsx)(u,{withBorder:!0,radius:`md`,p:`md`,shadow:`xs`,"data-grid":e.id,"data-entity":t.name,"data-total":f?f.total:void 0,"data-loading":p,children:(0,G.jsxs)(he,{gap:`sm`,children:[(0,G.jsx)(uT,{entity:t,title:e.title,searchable:r,data:f,query:d,actions:(0,G.jsx)(Ww,{entity:t,reload:h})}),(0,G.jsx)(dT,{entity:t,query:d}),m&&(0,G.jsx)(fT,{entity:t,error:m,reload:h}),(0,G.jsxs)(`div`,{className:`torque-table-scroll`,"data-loading":p,tabIndex:0,role:`region`,"aria-label":`${e.title??t.pluralLabel} table`,children:[(0,G.jsxs)(P,{className:`torque-table`,striped:!0,highlightOnHover:!0,stickyHeader:!0,verticalSpacing:8,horizontalSpacing:8,miw:g.length*115+(o.length?72:0),"aria-label":e.title??t.pluralLabel,"aria-busy":p,children:[(0,G.jsx)(P.Thead,{children:(0,G.jsxs)(P.Tr,{children:[g.map((e,t)=>(0,G.jsx)(pT,{field:e,sortable:n,allowFilters:i,query:d,first:t===0},e.name)),o.length>0&&(0,G.jsx)(P.Th,{className:`torque-pin-end`,style:{width:1},children:(0,G.jsx)(un,{children:`Actions`})})]})}),(0,G.jsx)(xT,{items:f?f.items:null,loading:p,pageSize:d.pageSize,entity:t,columns:g,actions:o,run:c,flows:s.flows})]}),f!==null&&f.items.length===0&&!m&&(0,G.jsx)(mT,{entity:t,query:d})]}),(0,G.jsx)(gT,{data:f,query:d})]})})}var wT=class extends W.Component{state={error:null};static getDerivedStateFromError(e){return{error:e}}componentDidCatch(e,t){console.error(`Component ${this.props.name} failed`,e,t.componentStack)}render(){return this.state.error?(0,G.jsx)(re,{color:`red`,title:`This part of the page failed to render`,children:this.state.error.message}):this.props.children}};function TT({id:e,kind:t,row:n,col:r,span:i,children:a}){let o=(0,W.useContext)(Pn)===`stack`?void 0:{"--torque-row":n,"--torque-col":r,"--torque-span":i};return(0,G.jsx)(`div`,{className:`torque-cell torque-cell-${t}`,"data-component":e,style:o,children:(0,G.jsx)(wT,{name:e,children:a})})}function ET({direction:e=`column`,children:t}){return e===`row`?(0,G.jsx)(Pn.Provider,{value:`row`,children:(0,G.jsx)(`div`,{className:`torque-row`,children:t})}):(0,G.jsx)(Pn.Provider,{value:`stack`,children:(0,G.jsx)(he,{gap:`md`,children:t})})}function DT({text:e,variant:t=`body`}){switch(t){case`h1`:return(0,G.jsx)(S,{order:1,children:e});case`h2`:return(0,G.jsx)(S,{order:2,children:e});case`h3`:return(0,G.jsx)(S,{order:3,children:e});case`caption`:return(0,G.jsx)(F,{size:`sm`,c:`dimmed`,children:e});default:return(0,G.jsx)(F,{children:e})}}var OT=(0,W.lazy)(()=>ce(()=>import(`./form-C1yStNux.js`).then(e=>e.t).then(e=>({default:e.TorqueForm})),__vite__mapDeps([33,7,8,5,9,6,10,11,12,13,14,15,30,31,28,32,34,29,27])));function kT(){return(0,G.jsx)(he,{gap:`sm`,"aria-busy":`true`,children:[0,1,2,3].map(e=>(0,G.jsx)(ni,{height:52,radius:`sm`},e))})}function AT(e){return ow().can(e.entity.name,e.mode===`create`?`create`:`update`)?(0,G.jsx)(W.Suspense,{fallback:(0,G.jsx)(kT,{}),children:(0,G.jsx)(OT,{...e})}):null}async function jT(e){try{let t=await fetch(`/__torque/app.json`,{cache:`no-store`,credentials:`same-origin`,signal:AbortSignal.timeout(e)});return t.ok?await t.json():null}catch{return null}}var MT=(e,t,n,r)=>({name:e,type:t,label:n,widget:r,required:!0,rules:{},list:!1,form:!1,detail:!0}),NT={id:MT(`id`,`uuid`,`ID`,`text`),createdAt:MT(`createdAt`,`datetime`,`Created`,`datetime`),updatedAt:MT(`updatedAt`,`datetime`,`Updated`,`datetime`),version:MT(`version`,`integer`,`Version`,`number`)},PT=`/__torque/studio/api/rpc`;function FT(e){wn.retarget(e?`${PT}?role=${encodeURIComponent(e)}`:PT)}function IT(e){let t={};for(let[n,r]of Object.entries(e.entities))t[n]={...r,fields:{...r.fields,...NT}};let n=e.pages.map(e=>({name:e.name,route:e.route,title:e.title,inNav:e.inNav,component:()=>(0,G.jsx)(G.Fragment,{})}));return{...e.app,entities:t,flows:e.flows,pages:n}}function LT(e){let[t,n]=(0,W.useState)(null),r=(0,W.useRef)(-1);return(0,W.useEffect)(()=>{let e=!1,t=0,i,a=async()=>{let o=await jT(5e3);if(!e){if(o!==null&&o.format===1&&o.generation!==r.current){r.current=o.generation;let e=IT(o);Bn(e.entities),kw.requireToken(e.auth),n(e)}else++t<25&&(i=window.setTimeout(()=>void a(),400))}};return a(),()=>{e=!0,window.clearTimeout(i)}},[e]),t}function RT(){let[e,t]=(0,W.useState)(0),n=(0,W.useCallback)(()=>t(e=>e+1),[]);return(0,W.useMemo)(()=>({name:`studio-canvas`,modals:[],openModal:()=>void 0,closeModal:()=>void 0,refreshKey:e,refresh:n,confirm:()=>Promise.resolve(!1)}),[e,n])}function zT({app:e,role:t,children:n}){let r=RT(),i=(0,W.useRef)(void 0);return i.current!==t&&(FT(t),i.current=t),(0,G.jsx)(An.Provider,{value:e,children:(0,G.jsx)(Tw,{children:(0,G.jsx)(Tn.Provider,{value:r,children:(0,G.jsx)(Pn.Provider,{value:`stack`,children:n})})})})}function BT(e){let{puck:t,editMode:n,position:r,children:i,...a}=e;return a}function VT({kind:e,props:t}){let n=(0,W.useContext)(An),r=BT(t),i=String(r.id??``),a;if(n===null)a=(0,G.jsx)(re,{color:`gray`,title:`The app is not served yet`,children:`Its components show here once the model builds.`});else if(e===`DataGrid`||e===`TorqueForm`){let t=typeof r.entity==`string`?r.entity:``,o=n.entities[t];a=o?e===`DataGrid`?(0,G.jsx)(CT,{...r,id:i,entity:o}):(0,G.jsx)(AT,{...r,mode:r.mode===`edit`?`edit`:`create`,entity:o}):(0,G.jsx)(re,{color:`gray`,title:t?`${t} is not in the served app yet`:`Pick an entity`,children:t?`It shows here once the model builds with it.`:`Its records show here.`})}else a=e===`TorqueButton`?(0,G.jsx)(Bw,{...r,label:String(r.label??i)}):(0,G.jsx)(DT,{...r,text:String(r.text??``)});return(0,G.jsx)(TT,{id:i,kind:e,row:1,col:1,span:12,children:a})}function HT({direction:e,children:t}){return(0,G.jsx)(ET,{direction:e===`row`?`row`:`column`,children:t})}var UT=new Set([`Container`,`Modal`]),WT=[`openModal`,`closeModal`,`navigate`,`create`,`edit`,`delete`,`runFlow`,`refresh`],GT=new Set([`puck`,`editMode`]);function KT(e){return k(e).filter(O).map(e=>{let{type:t,children:n,...r}=e,i={...r,id:N(e.id)};return UT.has(N(t))&&(i.children=KT(n)),{type:N(t),props:i}})}function qT(e,t=new Map){for(let n of k(e).filter(O))t.set(N(n.id),n),qT(n.children,t);return t}function JT(e,t,n){return e.map(e=>{let r=e.props,i=N(r.id);if(!i||/^[A-Za-z]+-[0-9a-f]{8}-/.test(i)){let n=y(e.type)||`component`;i=n;for(let e=2;t.has(i);e++)i=`${n}-${e}`}t.add(i);let a={id:i,type:e.type};for(let[i,o]of Object.entries(r))if(!(i===`id`||GT.has(i)||o===void 0||o===``)){if(i===`children`)UT.has(e.type)&&(a.children=JT(o,t,n));else if(i===`position`){let e=O(o)?o:{},t=t=>typeof e[t]==`number`?e[t]:void 0;if(t(`row`)===void 0&&t(`col`)===void 0&&t(`span`)===void 0)continue;a.position={row:t(`row`)??1,col:t(`col`)??1,span:t(`span`)??12}}else a[i]=o}let o=[...Object.keys(n.get(i)??{id:0,type:0}),...Object.keys(a)];return Object.fromEntries([...new Set(o)].filter(e=>e in a).map(e=>[e,a[e]]))})}function YT(e,t){let n=e=>O(e?.position)&&Number(e.position.row)||0;if(!e.some(e=>O(e.position)))return e;let r=e;return e.forEach((e,i)=>{if(t.has(N(e.id))||e.type===`Modal`||O(e.position))return;let a=Math.max(0,...r.slice(0,i).map(n))+1;r=r.map((e,t)=>t===i?{...e,position:{row:a,col:1,span:12}}:t>i&&n(e)>=a?{...e,position:{...e.position,row:n(e)+1}}:e)}),r}function XT(e,t,n){let r=e=>e.map(e=>N(e.id)),i=r(t),a=r(n),o=(e,t)=>JSON.stringify(e)===JSON.stringify(t),s=t=>t.filter(([e,t])=>!o(e,t)).map(([,t,n])=>({op:`set`,path:`${e}/${n}`,value:t}));if(i.join(`
`)===a.join(`
`))return s(t.map((e,t)=>[e,n[t],t]));if(a.length===i.length+1){let o=a.findIndex((e,t)=>e!==i[t]),c=[...n.slice(0,o),...n.slice(o+1)];if(r(c).join(`
`)===i.join(`
`))return[{op:`insert`,path:`${e}/${o}`,value:n[o]},...s(c.map((e,n)=>[t[n],e,n<o?n:n+1]))]}if(i.length===a.length+1){let o=i.findIndex((e,t)=>e!==a[t]),c=[...t.slice(0,o),...t.slice(o+1)];if(r(c).join(`
`)===a.join(`
`))return[{op:`remove`,path:`${e}/${o}`},...s(c.map((e,t)=>[e,n[t],t]))]}if(i.length===a.length&&[...i].sort().join(`
`)===[...a].sort().join(`
`))for(let r=0;r<i.length;r++)for(let o=0;o<i.length;o++){let c=[...i];if(c.splice(o,0,...c.splice(r,1)),r!==o&&c.join(`
`)===a.join(`
`)){let i=new Map(t.map(e=>[N(e.id),e])),a=s(n.map((e,t)=>[i.get(N(e.id)),e,t]));return[{op:`move`,from:`${e}/${r}`,path:`${e}/${o}`},...a]}}return[{op:`set`,path:e,value:n}]}function ZT(e,t){return k(e.entities).filter(O).find(e=>e.name===t)}function QT(e,t){return k(ZT(e,t)?.fields).filter(O).map(e=>N(e.name))}var $T=e=>e.map(e=>({label:e,value:e})),eE=Ob();function tE({model:e,label:t,value:n,onChange:r,id:i}){let a=eE(e=>N((e.selectedItem?.props??{}).entity)),o=Array.isArray(n)?n:[],s=QT(e,a);return(0,G.jsxs)(he,{gap:2,id:i,"aria-label":t,children:[(0,G.jsx)(F,{size:`xs`,fw:600,children:t}),s.map(e=>(0,G.jsx)(de,{size:`xs`,label:e,"aria-label":`${t} ${e}`,checked:o.length===0||o.includes(e),onChange:t=>{let n=t.currentTarget.checked,i=o.length?o:s,a=s.filter(t=>t===e?n:i.includes(t));r(a.length?a:void 0)}},e)),s.length===0&&(0,G.jsx)(F,{size:`xs`,c:`dimmed`,children:`pick an entity first`})]})}function nE(e,t){return{type:`custom`,label:t,render:n=>(0,G.jsx)(tE,{model:e,label:t,...n})}}function rE(e,t,n=`Action`){let r=n.toLowerCase(),i=k(e.entities).filter(O).map(e=>N(e.name)),a=k(e.layouts).filter(O).map(e=>N(e.name)),o=k(e.flows).filter(O).map(e=>N(e.name));return{type:`custom`,label:n,render:({value:e,onChange:s})=>{let c=O(e)?e:{},l=N(c.type),u=l===`openModal`?`modal`:l===`navigate`?`page`:l===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(l)?`entity`:null,d=u===`modal`?t():u===`page`?a:u===`flow`?o:i;return(0,G.jsxs)(he,{gap:4,children:[(0,G.jsx)(m,{size:`xs`,label:n,"aria-label":`${r} type`,value:l,data:[{value:``,label:`(none)`},...$T(WT)],onChange:e=>{let n=e.currentTarget.value;if(!n)return s(void 0);let r=n===`openModal`?`modal`:n===`navigate`?`page`:n===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(n)?`entity`:null,c=r===`modal`?t():r===`page`?a:r===`flow`?o:i;s(r?{type:n,[r]:c[0]??``}:{type:n})}}),u&&(0,G.jsx)(m,{size:`xs`,label:u,"aria-label":`${r} ${u}`,value:N(c[u]),data:$T(d.includes(N(c[u]))||!c[u]?d:[...d,N(c[u])]),onChange:e=>s({...c,[u]:e.currentTarget.value})})]})}}}var iE=e=>({type:`radio`,label:`${e} (default yes)`,options:[{label:`yes`,value:!0},{label:`no`,value:!1}]}),aE={type:`object`,label:`Position (grid row, column 1–12, span)`,objectFields:{row:{type:`number`,min:1},col:{type:`number`,min:1,max:12},span:{type:`number`,min:1,max:12}}};function oE(e,t){let r=k(e.entities).filter(O).map(e=>N(e.name)),i={type:`select`,label:`Entity`,options:$T(r)},a=(e,t,n)=>(0,G.jsx)(`div`,{style:{padding:4},"aria-label":`canvas ${e} ${N(t)}`,children:n}),o=e=>t=>a(e,t.id,(0,G.jsx)(VT,{kind:e,props:t})),s={title:{type:`text`,label:`Title`},entity:i,columns:nE(e,`Columns`),pageSize:{type:`number`,label:`Page size`,min:1,max:500},sortable:iE(`Sortable`),filterable:iE(`Filterable`),searchable:iE(`Searchable`),rowActions:{type:`array`,label:`Row actions`,arrayFields:{type:{type:`select`,options:$T([`edit`,`delete`,`runFlow`])},entity:i,modal:{type:`text`},flow:{type:`text`}},getItemSummary:e=>`${N(e.type)} ${N(e.modal??e.flow??e.entity)}`},position:aE},c={entity:i,mode:{type:`radio`,label:`Mode`,options:$T([`create`,`edit`])},fields:nE(e,`Fields`),submitLabel:{type:`text`,label:`Submit label`},onSuccess:rE(e,t,`On success`),position:aE};return{root:{fields:{}},components:{DataGrid:{label:`Data grid`,fields:s,defaultProps:{entity:r[0]??``},render:o(`DataGrid`)},TorqueForm:{label:`Form`,fields:c,defaultProps:{entity:r[0]??``,mode:`create`},render:o(`TorqueForm`)},TorqueButton:{label:`Button`,fields:{label:{type:`text`,label:`Label`},variant:{type:`select`,label:`Variant`,options:$T([`filled`,`light`,`outline`,`subtle`,`danger`])},action:rE(e,t),position:aE},defaultProps:{label:`Button`,action:{type:`refresh`}},render:o(`TorqueButton`)},Text:{label:`Text`,fields:{text:{type:`textarea`,label:`Text`},variant:{type:`select`,label:`Variant`,options:$T([`h1`,`h2`,`h3`,`body`,`caption`])},position:aE},defaultProps:{text:`Text`},render:o(`Text`)},Container:{label:`Container`,fields:{direction:{type:`radio`,label:`Direction`,options:$T([`column`,`row`])},children:{type:`slot`},position:aE},render:e=>{let t=e.children,n=e.direction===`row`;return a(`Container`,e.id,(0,G.jsx)(HT,{direction:e.direction,children:(0,G.jsx)(t,{style:{display:`flex`,flexDirection:n?`row`:`column`,gap:6,minHeight:40}})}))}},Modal:{label:`Modal`,fields:{title:{type:`text`,label:`Title`},children:{type:`slot`}},defaultProps:{title:`Dialog`},render:e=>{let t=e.children;return a(`Modal`,e.id,(0,G.jsxs)(he,{gap:4,style:{borderLeft:`3px solid var(--mantine-color-violet-5)`,paddingLeft:6},children:[(0,G.jsxs)(me,{gap:`xs`,children:[(0,G.jsx)(F,{fw:600,size:`sm`,children:N(e.title)}),(0,G.jsx)(n,{size:`xs`,color:`violet`,variant:`light`,children:`modal (opens on an action)`})]}),(0,G.jsx)(t,{style:{minHeight:40}})]}))}}}}}function sE(e,t){return e.some((e,n)=>{let r=t[n],i=e.props.children;return N(e.props.id)!==N(r?.id)||Array.isArray(i)&&sE(i,k(r?.children).filter(O))})}function cE(e){let t=[],n=e=>e.forEach(e=>{e.type===`Modal`&&t.push(N(e.props.id));let r=e.props.children;Array.isArray(r)&&n(r)});return n(e),t}function lE({model:e,edit:t,diagnostics:n,focus:r}){let i=k(e.layouts),a=/^\/layouts\/(\d+)/.exec(r??``),[o,s]=(0,W.useState)(a?Number(a[1]):0);(0,W.useEffect)(()=>{a&&s(Number(a[1]))},[r]);let c=i[o],l=O(c)?c.components:void 0,u=JSON.stringify(l??[]),d=(0,W.useRef)(u),[f,p]=(0,W.useState)(0);(0,W.useEffect)(()=>{u!==d.current&&(d.current=u,p(e=>e+1))},[u]);let h=(0,W.useRef)(null),g=(0,W.useRef)([]),_=(0,W.useMemo)(()=>oE(e,()=>g.current),[e]),v=(0,W.useMemo)(()=>({root:{props:{}},content:KT(l)}),[f,o]);g.current=cE((h.current??v).content);let b=(0,W.useRef)(void 0),x=O(c)?N(c.name):``,C=n=>{h.current=n,window.clearTimeout(b.current),b.current=window.setTimeout(()=>{let r=oe(e);cE(n.content).forEach(e=>r.delete(e));let i=e=>e.forEach(e=>{r.delete(N(e.props.id));let t=e.props.children;Array.isArray(t)&&i(t)});i(n.content);let a=qT(l),s=YT(JT(n.content,r,a),a),c=JSON.stringify(s);if(c===d.current)return;let u=sE(n.content,s);d.current=u?``:c,t(XT(`/layouts/${o}/components`,k(l).filter(O),s),`edit page ${x}`)},300)};(0,W.useEffect)(()=>()=>window.clearTimeout(b.current),[]);let w=()=>{let n=ee(i.filter(O).map(e=>N(e.name)),`newPage`),r=i.filter(O).map(e=>N(e.route)),a=`/${y(n)}`;for(let e=2;r.includes(a);e++)a=`/${y(n)}-${e}`;let o=oe(e),c=`page-${y(n)}`;for(let e=2;o.has(c);e++)c=`page-${y(n)}-${e}`;t([{op:`insert`,path:`/layouts/-`,value:{id:c,name:n,route:a,title:`New page`,components:[]}}],`add page ${n}`),s(i.length)},T=k(O(e.auth)?e.auth.roles:void 0).filter(O).map(e=>N(e.name)).filter(Boolean),[E,D]=(0,W.useState)(null),ne=E!==null&&T.includes(E)?E:T[0]??null,re=LT(e),ie=re?.auth?ne:null,A=n.filter(e=>e.pointer?.startsWith(`/layouts/${o}/`)||e.pointer===`/layouts/${o}`);return(0,G.jsxs)(he,{gap:`sm`,"aria-label":`page editor`,children:[(0,G.jsxs)(me,{align:`end`,children:[(0,G.jsx)(S,{order:3,children:`Pages`}),(0,G.jsx)(m,{size:`xs`,"aria-label":`page`,value:String(o),data:i.map((e,t)=>({value:String(t),label:O(e)?`${N(e.name)} (${N(e.route)})`:`#${t}`})),onChange:e=>s(Number(e.currentTarget.value))}),(0,G.jsx)(pe,{size:`xs`,variant:`light`,onClick:w,children:`Add page`}),T.length>0&&(0,G.jsx)(m,{size:`xs`,label:`Data as role`,"aria-label":`canvas role`,value:ne??``,data:$T(T),onChange:e=>D(e.currentTarget.value)}),O(c)&&(0,G.jsx)(pe,{size:`xs`,color:`red`,variant:`subtle`,ml:`auto`,onClick:()=>{t([{op:`remove`,path:`/layouts/${o}`}],`remove page ${x}`),s(0)},children:`Remove page`})]}),O(c)?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(me,{align:`start`,children:[(0,G.jsx)(te,{label:`Page name`,value:x,onCommit:e=>t([{op:`set`,path:`/layouts/${o}/name`,value:e}],`rename page ${x}`)}),(0,G.jsx)(te,{label:`Route`,value:N(c.route),onCommit:e=>t([{op:`set`,path:`/layouts/${o}/route`,value:e}],`route of ${x}`)}),(0,G.jsx)(te,{label:`Page title`,value:N(c.title),width:240,onCommit:e=>t([e?{op:`set`,path:`/layouts/${o}/title`,value:e}:{op:`remove`,path:`/layouts/${o}/title`}],`title of ${x}`)}),(0,G.jsx)(m,{size:`xs`,label:`Navigation order`,"aria-label":`navigation order`,value:String(o),data:i.map((e,t)=>({value:String(t),label:String(t+1)})),onChange:e=>{let n=Number(e.currentTarget.value);n!==o&&(t([{op:`move`,from:`/layouts/${o}`,path:`/layouts/${n}`}],`move page ${x}`),s(n))}})]}),A.map((e,t)=>(0,G.jsxs)(F,{size:`xs`,c:`red`,children:[e.code,` `,e.pointer,`: `,e.message]},t)),(0,G.jsx)(`div`,{style:{border:`1px solid var(--mantine-color-gray-3)`,borderRadius:4},"data-testid":`puck`,children:(0,G.jsx)(zT,{app:re,role:ie,children:(0,G.jsx)(qC,{config:_,data:v,onChange:C,iframe:{enabled:!1},height:`calc(100vh - 240px)`,overrides:{header:()=>(0,G.jsx)(G.Fragment,{})}},`${o}:${f}:${ie??``}`)})})]}):(0,G.jsx)(F,{c:`dimmed`,children:`This model has no pages yet.`})]})}export{lE as PageEditor,Ow as a,YC as c,oi as d,ni as f,Aw as i,di as l,or as m,Mw as n,xw as o,lr as p,Rw as r,ow as s,iT as t,ii as u};