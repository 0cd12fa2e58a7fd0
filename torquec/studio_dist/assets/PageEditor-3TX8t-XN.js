const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/full-7ZJV44EE-CjsgAynb.js","assets/chunk-GNR2HNTB-CPdB_P_H.js","assets/chunk-67Y7M4OJ-D1dmmTZ2.js","assets/chunk-K2LNXU54-Yx_dZr1_.js","assets/chunk-Y2EFNT5P-DXRSZ_5L.js","assets/jsx-runtime-BMsyJmCf.js","assets/react-dom--xGVERvI.js","assets/floating-ui.react-dom-DxYR1PGC.js","assets/index-LICHilSQ.js","assets/Loader-XuKPmHXI.js","assets/Input-5m3MOjIy.js","assets/InputBase-CwkWG-Fu.js","assets/Transition-COVZosed.js","assets/index-CD9teysb.css","assets/chunk-4P4VZS4P-Di2PuWFU.js","assets/chunk-NJTGWYYH-BYquBmmO.js","assets/dist-CKAhTXI6.js","assets/dist-sv4sUKrT.js","assets/w3c-keyname-BOAvb0qz.js","assets/Render-DQXAYUBI-D0PBEKkG.js","assets/chunk-2CNEFIQP-C5G6Ps00.js","assets/chunk-H635BA2V-BbVD26ZN.js","assets/Editor-44C53YAG-DcJuru_G.js","assets/filters-DSYFSmFT.js","assets/NumberInput-BlIp2dbH.js","assets/noop-mXPS5vjY.js","assets/get-env-MimdSsZv.js","assets/reference-BrLdYpHX.js","assets/Popover-DdSCKtSh.js","assets/values-D4KOr_XY.js","assets/form-C_qXQs4E.js","assets/Textarea-BbXx12Ef.js"])))=>i.map(i=>d[i]);
import{A as e,C as t,D as n,H as r,J as i,K as a,M as o,N as s,O as c,P as l,S as u,T as d,U as f,X as p,Y as m,Z as h,a as g,b as _,c as v,d as y,et as b,i as x,j as S,k as C,l as w,n as T,o as E,q as D,r as O,s as ee,t as k,w as te,x as A}from"./index-LICHilSQ.js";import{t as ne}from"./chunk-H635BA2V-BbVD26ZN.js";import{t as re}from"./chunk-GNR2HNTB-CPdB_P_H.js";import{At as j,B as ie,Bt as ae,Ct as M,Dt as oe,Et as N,Ft as se,G as ce,Gt as le,H as ue,Ht as de,I as fe,It as pe,J as me,Kt as he,L as P,Lt as ge,M as _e,Mt as ve,N as ye,Nt as be,Ot as xe,P as Se,Pt as Ce,Q as we,R as Te,Rt as Ee,St as De,Tt as Oe,U as ke,Ut as Ae,Vt as je,W as Me,Wt as Ne,Y as Pe,Z as Fe,_ as Ie,_t as F,b as Le,bt as I,c as Re,ct as ze,d as Be,dt as Ve,f as He,ft as Ue,g as We,gt as L,h as Ge,ht as Ke,it as qe,j as Je,jt as Ye,k as Xe,kt as Ze,l as Qe,lt as $e,mt as et,n as tt,nt,ot as rt,pt as it,q as at,qt as ot,rt as st,st as ct,tt as lt,u as ut,ut as dt,v as ft,wt as pt,x as mt,xt as ht,y as gt,yt as _t,z as vt,zt as yt}from"./chunk-K2LNXU54-Yx_dZr1_.js";import{a as R,i as z,n as bt,o as B,r as xt,t as V}from"./chunk-Y2EFNT5P-DXRSZ_5L.js";import{a as St,n as Ct,o as wt,r as Tt,t as Et}from"./jsx-runtime-BMsyJmCf.js";import{t as Dt}from"./react-dom--xGVERvI.js";import"./chunk-67Y7M4OJ-D1dmmTZ2.js";import{f as Ot,i as kt,n as At,o as jt,r as Mt,s as Nt,t as Pt,u as Ft}from"./floating-ui.react-dom-DxYR1PGC.js";import"./chunk-4P4VZS4P-Di2PuWFU.js";import"./chunk-NJTGWYYH-BYquBmmO.js";import{E as It,H as Lt,I as Rt,M as zt,P as Bt,R as Vt,a as Ht,d as Ut,f as Wt,i as Gt,j as Kt,m as qt,n as Jt,r as Yt,s as Xt,t as Zt,y as Qt}from"./Loader-XuKPmHXI.js";import{a as $t,c as en,l as tn,o as nn,p as rn,r as an,s as on,t as sn,u as cn}from"./Popover-DdSCKtSh.js";import{_ as ln,a as un,c as dn,d as fn,f as pn,i as mn,l as hn,m as gn,o as _n,s as vn,u as yn,y as bn}from"./InputBase-CwkWG-Fu.js";import{t as xn}from"./Transition-COVZosed.js";import{a as Sn,o as Cn,s as wn}from"./Input-5m3MOjIy.js";import{A as Tn,_ as En,b as Dn,d as On,f as kn,g as An,h as jn,i as Mn,l as Nn,m as Pn,n as Fn,p as In,u as Ln,v as Rn,x as zn,y as Bn}from"./reference-BrLdYpHX.js";import{S as Vn,_ as Hn,b as Un,h as Wn,i as Gn,m as Kn,o as qn,u as Jn,v as Yn}from"./values-D4KOr_XY.js";var H=wt(Ct(),1);function Xn(e,t){let n=t-e+1;return Array.from({length:n},(t,n)=>n+e)}var Zn=`dots`;function Qn({total:e,siblings:t=1,boundaries:n=1,page:r,initialPage:i,onChange:a,startValue:o=1}){let s=Math.max(Math.trunc(o),1),c=Math.max(Math.trunc(e),s),l=c-s+1,u=i??s,[d,f]=h({value:r,onChange:a,defaultValue:u,finalValue:u}),p=(0,H.useCallback)(e=>{f(e<s?s:e>c?c:e)},[s,c,f]),m=(0,H.useCallback)(()=>p(d+1),[d,p]),g=(0,H.useCallback)(()=>p(d-1),[d,p]),_=(0,H.useCallback)(()=>p(s),[p,s]),v=(0,H.useCallback)(()=>p(c),[c,p]);return{range:(0,H.useMemo)(()=>{if(t*2+3+n*2>=l)return Xn(s,c);let e=Math.max(d-t,s+n-1),r=Math.min(d+t,c-n),i=e>s+n+1,a=r<c-(n+1);if(!i&&a){let e=t*2+n+2;return[...Xn(s,s+e-1),Zn,...Xn(c-(n-1),c)]}if(i&&!a){let e=n+1+2*t;return[...Xn(s,s+n-1),Zn,...Xn(c-e,c)]}return[...Xn(s,s+n-1),Zn,...Xn(e,r),Zn,...Xn(c-n+1,c)]},[l,t,d,s,c,n]),active:d,setPage:p,next:m,previous:g,first:_,last:v}}var $n={duration:100,transition:`fade`};function er(e,t){return{...$n,...t,...e}}var tr={root:`m_8d3f4000`,icon:`m_8d3afb97`,loader:`m_302b9fb1`,group:`m_1a0f1b21`,groupSection:`m_437b6484`},U=Et(),nr={orientation:`horizontal`},rr=zt((e,{borderWidth:t})=>({group:{"--ai-border-width":Lt(t)}})),ir=Ht(e=>{let t=Wt(`ActionIconGroup`,nr,e),{className:n,style:r,classNames:i,styles:a,unstyled:o,orientation:s,vars:c,borderWidth:l,variant:u,mod:d,attributes:f,...p}=t,m=Ut({name:`ActionIconGroup`,props:t,classes:tr,className:n,style:r,classNames:i,styles:a,unstyled:o,attributes:f,vars:c,varsResolver:rr,rootSelector:`group`});return(0,U.jsx)(Yt,{...m(`group`),variant:u,mod:[{orientation:s},d],role:`group`,...p})});ir.classes=tr,ir.varsResolver=rr,ir.displayName=`@mantine/core/ActionIconGroup`;var ar=zt((e,{radius:t,color:n,gradient:r,variant:i,autoContrast:a,size:o})=>{let s=e.variantColorResolver({color:n||e.primaryColor,theme:e,gradient:r,variant:i||`filled`,autoContrast:a});return{groupSection:{"--section-height":Vt(o,`section-height`),"--section-padding-x":Vt(o,`section-padding-x`),"--section-fz":Bt(o),"--section-radius":t===void 0?void 0:Rt(t),"--section-bg":n||i?s.background:void 0,"--section-color":s.color,"--section-bd":n||i?s.border:void 0}}}),or=Ht(e=>{let t=Wt(`ActionIconGroupSection`,null,e),{className:n,style:r,classNames:i,styles:a,unstyled:o,vars:s,variant:c,gradient:l,radius:u,autoContrast:d,attributes:f,...p}=t,m=Ut({name:`ActionIconGroupSection`,props:t,classes:tr,className:n,style:r,classNames:i,styles:a,unstyled:o,attributes:f,vars:s,varsResolver:ar,rootSelector:`groupSection`});return(0,U.jsx)(Yt,{...m(`groupSection`),variant:c,...p})});or.classes=tr,or.varsResolver=ar,or.displayName=`@mantine/core/ActionIconGroupSection`;var sr=zt((e,{size:t,radius:n,variant:r,gradient:i,color:a,autoContrast:o})=>{let s=e.variantColorResolver({color:a||e.primaryColor,theme:e,gradient:i,variant:r||`filled`,autoContrast:o});return{root:{"--ai-size":Vt(t,`ai-size`),"--ai-radius":n===void 0?void 0:Rt(n),"--ai-bg":a||r?s.background:void 0,"--ai-hover":a||r?s.hover:void 0,"--ai-hover-color":a||r?s.hoverColor:void 0,"--ai-color":s.color,"--ai-bd":a||r?s.border:void 0}}}),cr=Gt(e=>{let t=Wt(`ActionIcon`,null,e),{className:n,unstyled:r,variant:i,classNames:a,styles:o,style:s,loading:c,loaderProps:l,size:u,color:d,radius:f,__staticSelector:p,gradient:m,vars:h,children:g,disabled:_,"data-disabled":v,autoContrast:y,mod:b,attributes:x,...S}=t,C=Ut({name:[`ActionIcon`,p],props:t,className:n,style:s,classes:tr,classNames:a,styles:o,unstyled:r,attributes:x,vars:h,varsResolver:sr});return(0,U.jsxs)(Jt,{...C(`root`,{active:!_&&!c&&!v}),"aria-busy":c||void 0,...S,unstyled:r,variant:i,size:u,disabled:_||c,mod:[{loading:c,disabled:_||v},b],children:[typeof c==`boolean`&&(0,U.jsx)(xn,{mounted:c,transition:`slide-down`,duration:150,children:e=>(0,U.jsx)(Yt,{component:`span`,...C(`loader`,{style:e}),"aria-hidden":!0,children:(0,U.jsx)(Zt,{color:`var(--ai-color)`,size:`calc(var(--ai-size) * 0.55)`,...l})})}),(0,U.jsx)(Yt,{component:`span`,mod:{loading:c},...C(`icon`),children:g})]})});cr.classes=tr,cr.varsResolver=sr,cr.displayName=`@mantine/core/ActionIcon`,cr.Group=ir,cr.GroupSection=or;var lr={root:`m_849cf0da`},ur={underline:`hover`},dr=Gt(e=>{let{underline:t,className:n,unstyled:i,mod:a,...o}=Wt(`Anchor`,ur,e);return(0,U.jsx)(r,{component:`a`,className:Kt({[lr.root]:!i},n),...o,mod:[{underline:t},a],__staticSelector:`Anchor`,unstyled:i})});dr.classes=lr,dr.displayName=`@mantine/core/Anchor`;var fr={root:`m_b183c0a2`},pr=zt((e,{color:t})=>({root:{"--code-bg":t?It(t,e):void 0}})),mr=Ht(e=>{let t=Wt(`Code`,null,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,color:c,block:l,mod:u,attributes:d,...f}=t,p=Ut({name:`Code`,props:t,classes:fr,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:d,vars:s,varsResolver:pr});return(0,U.jsx)(Yt,{component:l?`pre`:`code`,mod:[{block:l},u],...p(`root`),...f,dir:`ltr`})});mr.classes=fr,mr.varsResolver=pr,mr.displayName=`@mantine/core/Code`;var[hr,gr]=bn(`Pagination.Root component was not found in tree`),_r={root:`m_4addd315`,control:`m_326d024a`,dots:`m_4ad7767d`,items:`m_105fdbed`,label:`m_10817321`},vr={withPadding:!0},yr=Ht(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,active:o,disabled:s,withPadding:c,mod:l,...u}=Wt(`PaginationControl`,vr,e),d=gr(),f=s||d.disabled;return(0,U.jsx)(Jt,{disabled:f,mod:[{active:o,disabled:f,"with-padding":c},l],...d.getStyles(`control`,{className:n,style:r,classNames:t,styles:i,active:!f}),...u})});yr.classes=_r,yr.displayName=`@mantine/core/PaginationControl`;function br({style:e,children:t,path:n,...r}){return(0,U.jsx)(`svg`,{viewBox:`0 0 16 16`,xmlns:`http://www.w3.org/2000/svg`,style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`,...e},...r,children:(0,U.jsx)(`path`,{d:n,fill:`currentColor`})})}var xr=e=>(0,U.jsx)(br,{...e,path:`M8.781 8l-3.3-3.3.943-.943L10.667 8l-4.243 4.243-.943-.943 3.3-3.3z`}),Sr=e=>(0,U.jsx)(br,{...e,path:`M7.219 8l3.3 3.3-.943.943L5.333 8l4.243-4.243.943.943-3.3 3.3z`}),Cr=e=>(0,U.jsx)(br,{...e,path:`M6.85355 3.85355C7.04882 3.65829 7.04882 3.34171 6.85355 3.14645C6.65829 2.95118 6.34171 2.95118 6.14645 3.14645L2.14645 7.14645C1.95118 7.34171 1.95118 7.65829 2.14645 7.85355L6.14645 11.8536C6.34171 12.0488 6.65829 12.0488 6.85355 11.8536C7.04882 11.6583 7.04882 11.3417 6.85355 11.1464L3.20711 7.5L6.85355 3.85355ZM12.8536 3.85355C13.0488 3.65829 13.0488 3.34171 12.8536 3.14645C12.6583 2.95118 12.3417 2.95118 12.1464 3.14645L8.14645 7.14645C7.95118 7.34171 7.95118 7.65829 8.14645 7.85355L12.1464 11.8536C12.3417 12.0488 12.6583 12.0488 12.8536 11.8536C13.0488 11.6583 13.0488 11.3417 12.8536 11.1464L9.20711 7.5L12.8536 3.85355Z`}),wr=e=>(0,U.jsx)(br,{...e,path:`M2.14645 11.1464C1.95118 11.3417 1.95118 11.6583 2.14645 11.8536C2.34171 12.0488 2.65829 12.0488 2.85355 11.8536L6.85355 7.85355C7.04882 7.65829 7.04882 7.34171 6.85355 7.14645L2.85355 3.14645C2.65829 2.95118 2.34171 2.95118 2.14645 3.14645C1.95118 3.34171 1.95118 3.65829 2.14645 3.85355L5.79289 7.5L2.14645 11.1464ZM8.14645 11.1464C7.95118 11.3417 7.95118 11.6583 8.14645 11.8536C8.34171 12.0488 8.65829 12.0488 8.85355 11.8536L12.8536 7.85355C13.0488 7.65829 13.0488 7.34171 12.8536 7.14645L8.85355 3.14645C8.65829 2.95118 8.34171 2.95118 8.14645 3.14645C7.95118 3.34171 7.95118 3.65829 8.14645 3.85355L11.7929 7.5L8.14645 11.1464Z`}),Tr={icon:e=>(0,U.jsx)(br,{...e,path:`M2 8c0-.733.6-1.333 1.333-1.333.734 0 1.334.6 1.334 1.333s-.6 1.333-1.334 1.333C2.6 9.333 2 8.733 2 8zm9.333 0c0-.733.6-1.333 1.334-1.333C13.4 6.667 14 7.267 14 8s-.6 1.333-1.333 1.333c-.734 0-1.334-.6-1.334-1.333zM6.667 8c0-.733.6-1.333 1.333-1.333s1.333.6 1.333 1.333S8.733 9.333 8 9.333 6.667 8.733 6.667 8z`})},Er=Ht(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,icon:o,...s}=Wt(`PaginationDots`,Tr,e),c=gr();return(0,U.jsx)(Yt,{...c.getStyles(`dots`,{className:n,style:r,styles:i,classNames:t}),...s,children:(0,U.jsx)(o,{style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`}})})});Er.classes=_r,Er.displayName=`@mantine/core/PaginationDots`;function Dr({icon:e,name:t,action:n,type:r}){let i={icon:e},a=e=>{let{icon:a,...o}=Wt(t,i,e),s=gr(),c=r===`next`?s.active===s.total:s.active===1;return(0,U.jsx)(yr,{disabled:s.disabled||c,onClick:s[n],withPadding:!1,...o,children:(0,U.jsx)(a,{className:`mantine-rotate-rtl`,style:{width:`calc(var(--pagination-control-size) / 1.8)`,height:`calc(var(--pagination-control-size) / 1.8)`}})})};return a.displayName=`@mantine/core/${t}`,Xt(a)}var Or=Dr({icon:xr,name:`PaginationNext`,action:`onNext`,type:`next`}),kr=Dr({icon:Sr,name:`PaginationPrevious`,action:`onPrevious`,type:`previous`}),Ar=Dr({icon:Cr,name:`PaginationFirst`,action:`onFirst`,type:`previous`}),jr=Dr({icon:wr,name:`PaginationLast`,action:`onLast`,type:`next`});function Mr({dotsIcon:e}){let t=gr(),n=t.range.map((n,r)=>n===`dots`?(0,U.jsx)(Er,{icon:e},r):(0,U.jsx)(yr,{active:n===t.active,"aria-current":n===t.active?`page`:void 0,onClick:()=>t.onChange(n),disabled:t.disabled,...t.getItemProps?.(n),children:t.getItemProps?.(n)?.children??n},r));return(0,U.jsx)(U.Fragment,{children:n})}Mr.displayName=`@mantine/core/PaginationItems`;var Nr={formatLabel:({page:e,totalPages:t})=>`Page ${e} of ${t}`},Pr=Ht(e=>{let{classNames:t,className:n,style:r,styles:i,vars:a,formatLabel:o,...s}=Wt(`PaginationLabel`,Nr,e),c=gr();return(0,U.jsx)(Yt,{...c.getStyles(`label`,{className:n,style:r,styles:i,classNames:t}),...s,children:o({page:c.active,totalPages:c.total})})});Pr.classes=_r,Pr.displayName=`@mantine/core/PaginationLabel`;var Fr={siblings:1,boundaries:1},Ir=zt((e,{size:t,radius:n,color:r,autoContrast:i})=>({root:{"--pagination-control-radius":n===void 0?void 0:Rt(n),"--pagination-control-size":Vt(t,`pagination-control-size`),"--pagination-control-fz":Bt(t),"--pagination-active-bg":r?It(r,e):void 0,"--pagination-active-color":m(i,e)?p({color:r,theme:e,autoContrast:i}):void 0}})),Lr=Ht(e=>{let t=Wt(`PaginationRoot`,Fr,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,total:c,value:l,defaultValue:u,onChange:d,disabled:f,siblings:p,boundaries:m,color:h,radius:g,onNextPage:_,onPreviousPage:v,onFirstPage:y,onLastPage:b,getItemProps:x,autoContrast:S,startValue:C,layout:w,mod:T,attributes:E,...D}=t,O=Ut({name:`Pagination`,classes:_r,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:E,vars:s,varsResolver:Ir}),{range:ee,setPage:k,next:te,previous:A,active:ne,first:re,last:j}=Qn({page:l,initialPage:u,onChange:d,total:c,siblings:p,boundaries:m,startValue:C});return(0,U.jsx)(hr,{value:{total:c,range:ee,active:ne,disabled:f,layout:w,getItemProps:x,onChange:k,onNext:rn(_,te),onPrevious:rn(v,A),onFirst:rn(y,re),onLast:rn(b,j),getStyles:O},children:(0,U.jsx)(Yt,{...O(`root`),mod:[{layout:w},T],...D})})});Lr.classes=_r,Lr.varsResolver=Ir,Lr.displayName=`@mantine/core/PaginationRoot`;var Rr={withControls:!0,withPages:!0,siblings:1,boundaries:1,gap:8};function zr({children:e}){let t=gr();return(0,U.jsx)(Yt,{...t.getStyles(`items`),children:e})}var Br=Ht(e=>{let{withEdges:t,withControls:n,getControlProps:r,nextIcon:i,previousIcon:o,lastIcon:s,firstIcon:c,dotsIcon:l,total:u,gap:d,hideWithOnePage:f,withPages:p,layout:m,formatLabel:h,...g}=Wt(`Pagination`,Rr,e);if(u<=0||f&&u===1)return null;let _=p?m===`responsive`?(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(zr,{children:(0,U.jsx)(Mr,{dotsIcon:l})}),(0,U.jsx)(Pr,{formatLabel:h})]}):(0,U.jsx)(Mr,{dotsIcon:l}):null;return(0,U.jsx)(Lr,{total:u,layout:m,...g,children:(0,U.jsxs)(a,{gap:d,children:[t&&(0,U.jsx)(Ar,{icon:c,...r?.(`first`)}),n&&(0,U.jsx)(kr,{icon:o,...r?.(`previous`)}),_,n&&(0,U.jsx)(Or,{icon:i,...r?.(`next`)}),t&&(0,U.jsx)(jr,{icon:s,...r?.(`last`)})]})})});Br.classes=_r,Br.displayName=`@mantine/core/Pagination`,Br.Root=Lr,Br.Control=yr,Br.Dots=Er,Br.First=Ar,Br.Last=jr,Br.Next=Or,Br.Previous=kr,Br.Items=Mr,Br.Label=Pr;function Vr({offset:e,position:t,defaultOpened:n}){let[r,i]=(0,H.useState)(n),a=(0,H.useRef)(null),{x:o,y:s,elements:c,refs:l,update:u,placement:d}=dn({placement:t,middleware:[Nt({crossAxis:!0,padding:5,rootBoundary:`document`})]}),f=d.includes(`right`)?e:t.includes(`left`)?e*-1:0,p=d.includes(`bottom`)?e:t.includes(`top`)?e*-1:0,m=(0,H.useCallback)(({clientX:e,clientY:t})=>{Number.isFinite(e)&&Number.isFinite(t)&&l.setPositionReference({getBoundingClientRect(){return{width:0,height:0,x:e,y:t,left:e+f,top:t+p,right:e,bottom:t}}})},[c.reference]);return(0,H.useEffect)(()=>{if(l.floating.current){let e=a.current;e.addEventListener(`mousemove`,m);let t=Ot(l.floating.current);return t.forEach(e=>{e.addEventListener(`scroll`,u)}),()=>{e.removeEventListener(`mousemove`,m),t.forEach(e=>{e.removeEventListener(`scroll`,u)})}}},[c.reference,l.floating.current,u,m,r]),{handleMouseMove:m,x:o,y:s,opened:r,setOpened:i,boundaryRef:a,floating:l.setFloating}}var Hr={tooltip:`m_1b3c8819`,arrow:`m_f898399f`},Ur={refProp:`ref`,withinPortal:!0,offset:10,position:`right`,zIndex:b(`popover`)},Wr=zt((e,{radius:t,color:n})=>({tooltip:{"--tooltip-radius":t===void 0?void 0:Rt(t),"--tooltip-bg":n?It(n,e):void 0,"--tooltip-color":n?`var(--mantine-color-white)`:void 0}})),Gr=Ht(e=>{let t=Wt(`TooltipFloating`,Ur,e),{children:n,refProp:r,withinPortal:a,style:o,className:s,classNames:c,styles:l,unstyled:u,radius:d,color:f,label:p,offset:m,position:h,multiline:g,zIndex:_,disabled:v,defaultOpened:y,variant:b,vars:x,portalProps:S,attributes:C,ref:w,...T}=t,E=qt(),D=Ut({name:`TooltipFloating`,props:t,classes:Hr,className:s,style:o,classNames:c,styles:l,unstyled:u,attributes:C,rootSelector:`tooltip`,vars:x,varsResolver:Wr}),{handleMouseMove:O,x:ee,y:k,opened:te,boundaryRef:A,floating:ne,setOpened:re}=Vr({offset:m,position:h,defaultOpened:y}),j=tn(n);if(!j)throw Error(`[@mantine/core] Tooltip.Floating component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported`);let ie=ln(A,cn(j),w),ae=j.props,M=e=>{ae.onMouseEnter?.(e),O(e),re(!0)},oe=e=>{ae.onMouseLeave?.(e),re(!1)};return(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(an,{...S,withinPortal:a,children:(0,U.jsx)(Yt,{...T,...D(`tooltip`,{style:{...i(o,E),zIndex:_,display:!v&&te?`block`:`none`,top:Number.isFinite(k)?Math.round(k):``,left:Number.isFinite(ee)?Math.round(ee):``}}),variant:b,ref:ne,mod:{multiline:g},children:p})}),(0,H.cloneElement)(j,{...ae,[r]:ie,onMouseEnter:M,onMouseLeave:oe})]})});Gr.classes=Hr,Gr.varsResolver=Wr,Gr.displayName=`@mantine/core/TooltipFloating`;var Kr=(0,H.createContext)({withinGroup:!1}),qr={openDelay:0,closeDelay:0};function Jr(e){let{openDelay:t,closeDelay:n,children:r}=Wt(`TooltipGroup`,qr,e);return(0,U.jsx)(Kr,{value:{withinGroup:!0},children:(0,U.jsx)(mn,{delay:{open:t,close:n},children:r})})}Jr.displayName=`@mantine/core/TooltipGroup`,Jr.extend=e=>e;function Yr(e){if(e===void 0)return{shift:!0,flip:!0};let t={...e};return e.shift===void 0&&(t.shift=!0),e.flip===void 0&&(t.flip=!0),t}function Xr(e){let t=Yr(e.middlewares),n=[jt(e.offset),Mt()];return t.shift&&n.push(Nt(typeof t.shift==`boolean`?{padding:8}:{padding:8,...t.shift})),t.flip&&n.push(typeof t.flip==`boolean`?At():At(t.flip)),n.push(Pt({element:e.arrowRef,padding:e.arrowOffset})),t.inline?n.push(typeof t.inline==`boolean`?kt():kt(t.inline)):e.inline&&n.push(kt()),n}function Zr(e){let[t,n]=(0,H.useState)(e.defaultOpened),r=typeof e.opened==`boolean`,i=!e.disabled&&(r?e.opened:t);(0,H.useEffect)(()=>{e.disabled&&n(!1)},[e.disabled]);let a=(0,H.use)(Kr).withinGroup,o=Sn(),s=Qt(),c=(0,H.useCallback)(e=>{n(e),e&&y(o)},[o]),{x:l,y:u,context:d,refs:f,placement:p,middlewareData:{arrow:{x:m,y:h}={},hide:g}}=dn({strategy:e.strategy,placement:e.position,open:i,onOpenChange:c,middleware:Xr(e),whileElementsMounted:Ft}),{delay:_,currentId:v,setCurrentId:y}=_n(d,{id:o}),{getReferenceProps:b,getFloatingProps:x}=fn([yn(d,{enabled:!e.disabled&&e.events?.hover,delay:a?_:{open:e.openDelay,close:e.closeDelay},mouseOnly:!e.events?.touch,handleClose:e.interactive?un():null}),hn(d,{enabled:!e.disabled&&e.events?.focus,visibleOnly:!0}),pn(d,{role:`tooltip`}),vn(d,{enabled:e.opened===void 0})]),S=(0,H.useRef)(p);Cn(()=>{S.current!==p&&(S.current=p,e.onPositionChange?.(p))},[p]);let C=i&&v&&v!==o;return{x:l,y:u,arrowX:m,arrowY:h,reference:f.setReference,floating:f.setFloating,getFloatingProps:x,getReferenceProps:b,isGroupPhase:C,opened:i,placement:p,referenceHidden:e.hideDetached&&s!==`test`?g?.referenceHidden:!1}}var Qr={position:`top`,refProp:`ref`,withinPortal:!0,arrowSize:4,arrowOffset:5,arrowRadius:0,arrowPosition:`side`,offset:5,transitionProps:{duration:100,transition:`fade`},events:{hover:!0,focus:!1,touch:!1},zIndex:b(`popover`),middlewares:{flip:!0,shift:!0,inline:!1},hideDetached:!0},$r=zt((e,{radius:t,color:n,variant:r,autoContrast:i})=>{let a=e.variantColorResolver({theme:e,color:n||e.primaryColor,autoContrast:i,variant:r||`filled`});return{tooltip:{"--tooltip-radius":t===void 0?void 0:Rt(t),"--tooltip-bg":n?a.background:void 0,"--tooltip-color":n?a.color:void 0}}}),ei=Ht(e=>{let t=Wt(`Tooltip`,Qr,e),{children:n,position:r,refProp:i,label:a,openDelay:o,closeDelay:s,onPositionChange:c,opened:l,defaultOpened:u,withinPortal:d,radius:f,color:p,classNames:m,styles:h,unstyled:g,style:_,className:v,withArrow:y,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,offset:w,transitionProps:T,multiline:E,events:D,interactive:O,zIndex:ee,disabled:k,onClick:te,onMouseEnter:A,onMouseLeave:ne,inline:re,variant:j,keepMounted:ie,vars:ae,portalProps:M,mod:oe,floatingStrategy:N,middlewares:se,autoContrast:ce,attributes:le,target:ue,hideDetached:de,ref:fe,...pe}=t,{dir:me}=gn(),he=(0,H.useRef)(null),P=Zr({position:$t(me,r),closeDelay:s,openDelay:o,onPositionChange:c,opened:l,defaultOpened:u,disabled:k,events:D,interactive:O,arrowRef:he,arrowOffset:x,offset:typeof w==`number`?w+(y?b/2:0):w,inline:re,strategy:N,middlewares:se,hideDetached:de});(0,H.useEffect)(()=>{let e=ue instanceof HTMLElement?ue:typeof ue==`string`?document.querySelector(ue):ue?.current||null;e&&P.reference(e)},[ue,P]);let ge=Ut({name:`Tooltip`,props:t,classes:Hr,className:v,style:_,classNames:m,styles:h,unstyled:g,attributes:le,rootSelector:`tooltip`,vars:ae,varsResolver:$r}),_e=tn(n);if(!ue&&!_e)throw Error(`[@mantine/core] Tooltip component children should be an element or a component that accepts ref, fragments, strings, numbers and other primitive values are not supported`);let ve=ge(`tooltip`),ye=O&&!k&&!!P.opened,be=C===`merge`&&y?on({position:P.placement,dir:me}):void 0;if(ue){let e=er(T,{duration:100,transition:`fade`});return(0,U.jsx)(U.Fragment,{children:(0,U.jsx)(an,{...M,withinPortal:d,children:(0,U.jsx)(xn,{...e,keepMounted:ie,mounted:!k&&!!P.opened,duration:P.isGroupPhase?10:e.duration,children:e=>(0,U.jsxs)(Yt,{...pe,"data-fixed":N===`fixed`||void 0,variant:j,mod:[{multiline:E,interactive:ye},oe],...ve,...P.getFloatingProps({ref:P.floating,className:ve.className,style:{...ve.style,...e,...be,zIndex:ee,top:P.y??0,left:P.x??0,...P.referenceHidden?{display:`none`}:null}}),children:[a,(0,U.jsx)(nn,{ref:he,arrowX:P.arrowX,arrowY:P.arrowY,visible:y,position:P.placement,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,...ge(`arrow`)})]})})})})}let xe=_e.props,Se=ln(P.reference,cn(_e),fe),Ce=er(T,{duration:100,transition:`fade`});return(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(an,{...M,withinPortal:d,children:(0,U.jsx)(xn,{...Ce,keepMounted:ie,mounted:!k&&!!P.opened,duration:P.isGroupPhase?10:Ce.duration,children:e=>(0,U.jsxs)(Yt,{...pe,"data-fixed":N===`fixed`||void 0,variant:j,mod:[{multiline:E,interactive:ye},oe],...P.getFloatingProps({ref:P.floating,className:ge(`tooltip`).className,style:{...ge(`tooltip`).style,...e,...be,zIndex:ee,top:P.y??0,left:P.x??0,...P.referenceHidden?{display:`none`}:null}}),children:[a,(0,U.jsx)(nn,{ref:he,arrowX:P.arrowX,arrowY:P.arrowY,visible:y,position:P.placement,arrowSize:b,arrowOffset:x,arrowRadius:S,arrowPosition:C,...ge(`arrow`)})]})})}),(0,H.cloneElement)(_e,P.getReferenceProps({onClick:te,onMouseEnter:A,onMouseLeave:ne,onMouseMove:t.onMouseMove,onPointerDown:t.onPointerDown,onPointerEnter:t.onPointerEnter,...xe,className:Kt(v,xe.className),[i]:Se}))]})});ei.classes=Hr,ei.varsResolver=$r,ei.displayName=`@mantine/core/Tooltip`,ei.Floating=Gr,ei.Group=Jr;var ti={root:`m_18320242`,"skeleton-fade":`m_299c329c`},ni={visible:!0,animate:!0},ri=zt((e,{width:t,height:n,radius:r,circle:i})=>({root:{"--skeleton-height":Lt(n),"--skeleton-width":Lt(i?n:t),"--skeleton-radius":i?`1000px`:r===void 0?void 0:Rt(r)}})),ii=Ht(e=>{let t=Wt(`Skeleton`,ni,e),{classNames:n,className:r,style:i,styles:a,unstyled:o,vars:s,width:c,height:l,circle:u,visible:d,radius:f,animate:p,mod:m,attributes:h,...g}=t,_=Ut({name:`Skeleton`,classes:ti,props:t,className:r,style:i,classNames:n,styles:a,unstyled:o,attributes:h,vars:s,varsResolver:ri});return(0,U.jsx)(Yt,{..._(`root`),mod:[{visible:d,animate:p},m],...g})});ii.classes=ti,ii.varsResolver=ri,ii.displayName=`@mantine/core/Skeleton`,B();var ai=V(`RichTextEditor`,ne),oi=(0,H.memo)(({children:e,menu:t,readOnly:n=!1,field:r,inline:i=!1,editor:a,id:o})=>{let{initialHeight:s}=r,c=L(e=>e.currentRichText?.id===o&&i===e.currentRichText.inline),l=F(),u=(0,H.useCallback)(e=>{var t,n;(e.metaKey||e.ctrlKey)&&e.key.toLowerCase()===`i`&&(e.stopPropagation(),e.preventDefault(),(n=a==null?void 0:(t=a.commands).toggleItalic)==null||n.call(t)),e.key.toLowerCase()===`backspace`&&e.stopPropagation()},[a]),d=(0,H.useCallback)(e=>{var t;let n=!!((t=e.relatedTarget)?.closest)?.call(t,`[data-puck-rte-menu]`);e.relatedTarget&&!n?l.setState({currentRichText:null}):e.stopPropagation()},[l]);return(0,U.jsxs)(`div`,{className:ai({editor:!i,inline:i,isActive:c,disabled:n}),style:i?{}:{height:s??192,overflowY:`auto`},onKeyDownCapture:u,onBlur:d,children:[!i&&(0,U.jsx)(`div`,{className:ai(`menu`),children:t}),e]})});oi.displayName=`EditorInner`,B();var si=(0,H.lazy)(()=>k(()=>import(`./full-7ZJV44EE-CjsgAynb.js`).then(e=>({default:e.LoadedRichTextMenuFull})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18]))),ci=e=>(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(re,R({},e)),children:(0,U.jsx)(si,R({},e))}),li=wt(Dt(),1);function ui(e,t,n){var r=this,i=(0,H.useRef)(null),a=(0,H.useRef)(0),o=(0,H.useRef)(null),s=(0,H.useRef)([]),c=(0,H.useRef)(),l=(0,H.useRef)(),u=(0,H.useRef)(e),d=(0,H.useRef)(!0);(0,H.useEffect)(function(){u.current=e},[e]);var f=!t&&t!==0&&typeof window<`u`;if(typeof e!=`function`)throw TypeError(`Expected a function`);t=+t||0;var p=!!(n||={}).leading,m=!(`trailing`in n)||!!n.trailing,h=`maxWait`in n,g=h?Math.max(+n.maxWait||0,t):null;return(0,H.useEffect)(function(){return d.current=!0,function(){d.current=!1}},[]),(0,H.useMemo)(function(){var e=function(e){var t=s.current,n=c.current;return s.current=c.current=null,a.current=e,l.current=u.current.apply(n,t)},n=function(e,t){f&&cancelAnimationFrame(o.current),o.current=f?requestAnimationFrame(e):setTimeout(e,t)},_=function(e){if(!d.current)return!1;var n=e-i.current;return!i.current||n>=t||n<0||h&&e-a.current>=g},v=function(t){return o.current=null,m&&s.current?e(t):(s.current=c.current=null,l.current)},y=function e(){var r=Date.now();if(_(r))return v(r);if(d.current){var o=t-(r-i.current);n(e,h?Math.min(o,g-(r-a.current)):o)}},b=function(){var u=Date.now(),f=_(u);if(s.current=[].slice.call(arguments),c.current=r,i.current=u,f){if(!o.current&&d.current)return a.current=i.current,n(y,t),p?e(i.current):l.current;if(h)return n(y,t),e(i.current)}return o.current||n(y,t),l.current};return b.cancel=function(){o.current&&(f?cancelAnimationFrame(o.current):clearTimeout(o.current)),a.current=0,s.current=i.current=c.current=o.current=null},b.isPending=function(){return!!o.current},b.flush=function(){return o.current?v(Date.now()):l.current},b},[p,h,t,g,m,f])}function di(e,t){return e===t}function fi(e){return typeof e==`function`?function(){return e}:e}function pi(e,t,n){var r,i,a=n&&n.equalityFn||di,o=(r=(0,H.useState)(fi(e)),i=r[1],[r[0],(0,H.useCallback)(function(e){return i(fi(e))},[])]),s=o[0],c=o[1],l=ui((0,H.useCallback)(function(e){return c(e)},[c]),t,n),u=(0,H.useRef)(e);return a(u.current,e)||(l(e),u.current=e),[s,l]}B(),B(),B(),B(),B(),B();var mi=(e,t=e)=>({slot:({value:n,propName:r,field:i,isReadOnly:a})=>{let o=a?t:e;return e=>o(z(R({allow:i?.type===`slot`?i.allow:[],disallow:i?.type===`slot`?i.disallow:[]},e),{zone:r,content:n}))}});B(),B(),B();function hi(e,t,n){let r={};return Object.keys(e).forEach(i=>{let a=i;r[a]=r=>{var i=r,{parentId:o}=i,s=xt(i,[`parentId`]);let c=s.propPath.replace(/\[\d+\]/g,`[*]`),l=t?.[s.propPath]||t?.[c]||n||!1,u=e[a];return u?.(z(R({},s),{field:s.field,isReadOnly:l,componentId:o}))}}),r}function gi(e,t,n,r,i){let a=(0,H.useMemo)(()=>hi(n,r,i),[n,r,i]),o=(0,H.useMemo)(()=>ae(t,a,e).props,[e,t,a]);return(0,H.useMemo)(()=>R(R({},t.props),o),[t.props,o])}function _i(e,t,n,r=n,i,a){return gi(e,t,mi(n,r),i,a)}B(),B();var vi=V(`RichTextEditor`,ne);function yi({content:e}){return(0,U.jsx)(`div`,{className:vi(),children:(0,U.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e}})})}B();var bi=(e,t,n)=>{if(!e)return null;if(t.length===0)return n(e);let[r,...i]=t;return Array.isArray(e)?e.map(e=>bi(e,t,n)):z(R({},e),{[r]:bi(e[r],i,n)})},xi=(0,H.lazy)(()=>k(()=>import(`./Render-DQXAYUBI-D0PBEKkG.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([19,20,4,5,17,18,21])));function Si(e,t){let n=(e,t=[])=>{if(!e)return[];let r=[];for(let[i,a]of Object.entries(e)){let e=[...t,i];a.type===`richtext`&&r.push({path:e,field:a}),a.type===`array`&&`arrayFields`in a&&r.push(...n(a.arrayFields,e)),a.type===`object`&&`objectFields`in a&&r.push(...n(a.objectFields,e))}return r},r=(0,H.useMemo)(()=>n(e),[e]);return(0,H.useMemo)(()=>{if(!r?.length)return{};let e=R({},t);for(let{path:t,field:n}of r)e=bi(e,t,e=>(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(yi,{content:e}),children:(0,U.jsx)(xi,{content:e,field:n})},t.join(`.`)));return e},[r,t,e])}B();var Ci=e=>(0,U.jsx)(Ti,R({},e)),wi=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=_i(e,t,t=>(0,U.jsx)(Ci,z(R({},t),{config:e,metadata:n}))),a=Si(r.fields,i);return(0,U.jsx)(r.render,z(R(R({},i),a),{puck:z(R({},i.puck),{metadata:n||{}})}))},Ti=(0,H.forwardRef)(function({className:e,style:t,content:n,config:r,metadata:i,as:a},o){return(0,U.jsx)(a??`div`,{className:e,style:t,ref:o,children:n.map(e=>r.components[e.type]?(0,U.jsx)(wi,{config:r,item:e,metadata:i},e.props.id):null)})}),Ei=e=>Symbol.iterator in e,Di=e=>`entries`in e,Oi=(e,t)=>{let n=e instanceof Map?e:new Map(e.entries()),r=t instanceof Map?t:new Map(t.entries());if(n.size!==r.size)return!1;for(let[e,t]of n)if(!r.has(e)||!Object.is(t,r.get(e)))return!1;return!0},ki=(e,t)=>{let n=e[Symbol.iterator](),r=t[Symbol.iterator](),i=n.next(),a=r.next();for(;!i.done&&!a.done;){if(!Object.is(i.value,a.value))return!1;i=n.next(),a=r.next()}return!!i.done&&!!a.done};function Ai(e,t){return Object.is(e,t)?!0:typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t)?!1:Ei(e)&&Ei(t)?Di(e)&&Di(t)?Oi(e,t):ki(e,t):Oi({entries:()=>Object.entries(e)},{entries:()=>Object.entries(t)})}function ji(e){let t=H.useRef(void 0);return n=>{let r=e(n);return Ai(t.current,r)?t.current:t.current=r}}var Mi=Symbol.for(`preact-signals`);function Ni(){if(Li>1)Li--;else{var e,t=!1;for((function(){var e=Vi;for(Vi=void 0;e!==void 0;){var t=e.S;if(t.v===e.v)for(var n=t.t;n!==void 0;n=n.x)n.i===e.i&&(n.i=t.i);e=e.o}})();Ii!==void 0;){var n=Ii;for(Ii=void 0,Ri++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Ki(n))try{n.c()}catch(n){t||=(e=n,!0)}n=r}}if(Ri=0,Li--,t)throw e}}function Pi(e){if(Li>0)return e();Bi=++zi,Li++;try{return e()}finally{Ni()}}var Fi,W=void 0;function G(e){var t=W,n=Fi;W=void 0,Fi=void 0;try{return e()}finally{W=t,Fi=n}}var Ii=void 0,Li=0,Ri=0,zi=0,Bi=0,Vi=void 0,Hi=0;function Ui(e){if(W!==void 0){var t=e.n;if(t===void 0||t.t!==W)return t={i:0,S:e,p:W.s,n:void 0,t:W,e:void 0,x:void 0,r:t},W.s!==void 0&&(W.s.n=t),W.s=t,e.n=t,32&W.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=W.s,t.n=void 0,W.s.n=t,W.s=t),t}}function Wi(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}Wi.prototype.brand=Mi,Wi.prototype.h=function(){return!0},Wi.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n===void 0?G(function(){var e;(e=t.W)==null||e.call(t)}):n.e=e)},Wi.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&G(function(){var e;(e=t.Z)==null||e.call(t)}))}},Wi.prototype.subscribe=function(e){var t=this;return ta(function(){var n=t.value;G(function(){return e(n)})},{name:`sub`})},Wi.prototype.valueOf=function(){return this.value},Wi.prototype.toString=function(){return this.value+``},Wi.prototype.toJSON=function(){return this.value},Wi.prototype.peek=function(){var e=this;return G(function(){return e.value})},Object.defineProperty(Wi.prototype,"value",{get:function(){var e=Ui(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ri>100)throw Error(`Cycle detected`);(function(e){Li!==0&&Ri===0&&e.l!==Bi&&(e.l=Bi,Vi={S:e,v:e.v,i:e.i,o:Vi})})(this),this.v=e,this.i++,Hi++,Li++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Ni()}}}});function Gi(e,t){return new Wi(e,t)}function Ki(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function qi(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Ji(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function Yi(e,t){Wi.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Hi-1,this.f=4}Yi.prototype=new Wi,Yi.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Hi))return!0;if(this.g=Hi,this.f|=1,this.i>0&&!Ki(this))return this.f&=-2,!0;var e=W;try{qi(this),W=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(e){this.v=e,this.f|=16,this.i++}return W=e,Ji(this),this.f&=-2,!0},Yi.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}Wi.prototype.S.call(this,e)},Yi.prototype.U=function(e){if(this.t!==void 0&&(Wi.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}},Yi.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}},Object.defineProperty(Yi.prototype,"value",{get:function(){if(1&this.f)throw Error(`Cycle detected`);var e=Ui(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Xi(e,t){return new Yi(e,t)}function Zi(e){var t=e.j;if(e.j=void 0,typeof t==`function`){Li++;var n=W;W=void 0;try{t()}catch(t){throw e.f&=-2,e.f|=8,Qi(e),t}finally{W=n,Ni()}}}function Qi(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Zi(e)}function $i(e){if(W!==this)throw Error(`Out-of-order effect`);Ji(this),W=e,this.f&=-2;try{8&this.f&&Qi(this)}finally{Ni()}}function ea(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,Fi&&Fi.push(this)}ea.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t==`function`&&(this.j=t)}finally{e()}},ea.prototype.S=function(){if(1&this.f)throw Error(`Cycle detected`);this.f|=1,this.f&=-9,Zi(this),qi(this),Li++;var e=W;return W=this,$i.bind(this,e)},ea.prototype.N=function(){2&this.f||(this.f|=2,this.u=Ii,Ii=this)},ea.prototype.d=function(){this.f|=8,1&this.f||Qi(this)},ea.prototype.dispose=function(){this.d()};function ta(e,t){var n=new ea(e,t);try{n.c()}catch(e){throw n.d(),e}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var na=Object.create,ra=Object.defineProperty,ia=Object.defineProperties,aa=Object.getOwnPropertyDescriptor,oa=Object.getOwnPropertyDescriptors,sa=Object.getOwnPropertySymbols,ca=Object.prototype.hasOwnProperty,la=Object.prototype.propertyIsEnumerable,ua=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),da=e=>{throw TypeError(e)},fa=(e,t,n)=>t in e?ra(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,pa=(e,t)=>{for(var n in t||={})ca.call(t,n)&&fa(e,n,t[n]);if(sa)for(var n of sa(t))la.call(t,n)&&fa(e,n,t[n]);return e},ma=(e,t)=>ia(e,oa(t)),ha=(e,t)=>ra(e,`name`,{value:t,configurable:!0}),ga=e=>[,,,na(e?.[ua(`metadata`)]??null)],_a=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],va=e=>e!==void 0&&typeof e!=`function`?da(`Function expected`):e,ya=(e,t,n,r,i)=>({kind:_a[e],name:t,metadata:r,addInitializer:e=>n._?da(`Already initialized`):i.push(va(e||null))}),ba=(e,t)=>fa(t,ua(`metadata`),e[3]),xa=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Sa=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=_a[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&aa(d<4?i:{get[n](){return Ta(this,a)},set[n](e){return Da(this,a,e)}},n));d?p&&d<4&&ha(a,(d>2?`set `:d>1?`get `:``)+n):ha(i,n);for(var y=r.length-1;y>=0;y--)l=ya(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>wa(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Ta:Oa)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Da(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?va(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?da(`Object expected`):(va(o=s.get)&&(v.get=o),va(o=s.set)&&(v.set=o),va(o=s.init)&&g.unshift(o));return d||ba(e,i),v&&ra(i,n,v),p?d^4?a:v:i},Ca=(e,t,n)=>t.has(e)||da(`Cannot `+n),wa=(e,t)=>Object(t)===t?e.has(t):da(`Cannot use the "in" operator on this value`),Ta=(e,t,n)=>(Ca(e,t,`read from private field`),n?n.call(e):t.get(e)),Ea=(e,t,n)=>t.has(e)?da(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Da=(e,t,n,r)=>(Ca(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Oa=(e,t,n)=>(Ca(e,t,`access private method`),n);function ka(e,t){if(t){let n;return Xi(()=>{let r=e();return r&&n&&t(n,r)?n:(n=r,r)})}return Xi(e)}function Aa(e,t){if(Object.is(e,t))return!0;if(e===null||t===null)return!1;if(typeof e==`function`&&typeof t==`function`)return e===t;if(e instanceof Set&&t instanceof Set){if(e.size!==t.size)return!1;for(let n of e)if(!t.has(n))return!1;return!0}if(Array.isArray(e))return!Array.isArray(t)||e.length!==t.length?!1:!e.some((e,n)=>!Aa(e,t[n]));if(typeof e==`object`&&typeof t==`object`){let n=Object.keys(e),r=Object.keys(t);return n.length===r.length&&!n.some(n=>!Aa(e[n],t[n]))}return!1}function K({get:e},t){return{init(e){return Gi(e)},get(){return e.call(this).value},set(t){let n=e.call(this);n.peek()!==t&&(n.value=t)}}}function ja(e,t){let n=new WeakMap;return function(){let t=n.get(this);return t||(t=ka(e.bind(this)),n.set(this,t)),t.value}}function Ma(e=!0){return function(t,n){n.addInitializer(function(){let t=n.kind===`field`||n.static?this:Object.getPrototypeOf(this),r=Object.getOwnPropertyDescriptor(t,n.name);r&&Object.defineProperty(t,n.name,ma(pa({},r),{enumerable:e}))})}}function Na(...e){let t=e.map(e=>ta(e));return()=>t.forEach(e=>e())}var Pa,Fa,Ia,La,Ra,za=[K],Ba,Va,Ha,Ua,Wa,Ga,Ka,qa,Ja,Ya,Xa,Za,Qa,$a;Ra=[K],La=[K],Ia=[Ma()],Fa=[Ma()],Pa=[Ma()];var eo=class{constructor(e,t=Object.is){this.defaultValue=e,this.equals=t,xa(Ba,5,this),Ea(this,Ga),Ea(this,Va,xa(Ba,8,this)),xa(Ba,11,this),Ea(this,Ka,xa(Ba,12,this)),xa(Ba,15,this),Ea(this,Xa,xa(Ba,16,this)),xa(Ba,19,this),this.reset=this.reset.bind(this),this.reset()}get current(){return Ta(this,Ga,Qa)}get initial(){return Ta(this,Ga,Ua)}get previous(){return Ta(this,Ga,Ja)}set current(e){let t=G(()=>Ta(this,Ga,Qa));e&&t&&this.equals(t,e)||Pi(()=>{Ta(this,Ga,Ua)||Da(this,Ga,e,Wa),Da(this,Ga,t,Ya),Da(this,Ga,e,$a)})}reset(e=this.defaultValue){Pi(()=>{Da(this,Ga,void 0,Ya),Da(this,Ga,e,Wa),Da(this,Ga,e,$a)})}};Ba=ga(null),Va=new WeakMap,Ga=new WeakSet,Ka=new WeakMap,Xa=new WeakMap,Ha=Sa(Ba,20,`#initial`,za,Ga,Va),Ua=Ha.get,Wa=Ha.set,qa=Sa(Ba,20,`#previous`,Ra,Ga,Ka),Ja=qa.get,Ya=qa.set,Za=Sa(Ba,20,`#current`,La,Ga,Xa),Qa=Za.get,$a=Za.set,Sa(Ba,2,`current`,Ia,eo),Sa(Ba,2,`initial`,Fa,eo),Sa(Ba,2,`previous`,Pa,eo),ba(Ba,eo);function to(e){return G(()=>{let t={};for(let n in e)t[n]=e[n];return t})}var no,ro=class{constructor(){Ea(this,no,new WeakMap)}get(e,t){return e?Ta(this,no).get(e)?.get(t):void 0}set(e,t,n){if(e)return Ta(this,no).has(e)||Ta(this,no).set(e,new Map),Ta(this,no).get(e)?.set(t,n)}clear(e){return e?Ta(this,no).get(e)?.clear():void 0}};no=new WeakMap;var io=Object.create,ao=Object.defineProperty,oo=Object.getOwnPropertyDescriptor,so=Object.getOwnPropertySymbols,co=Object.prototype.hasOwnProperty,lo=Object.prototype.propertyIsEnumerable,uo=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),fo=e=>{throw TypeError(e)},po=Math.pow,mo=(e,t,n)=>t in e?ao(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,ho=(e,t)=>{for(var n in t||={})co.call(t,n)&&mo(e,n,t[n]);if(so)for(var n of so(t))lo.call(t,n)&&mo(e,n,t[n]);return e},go=(e,t)=>ao(e,`name`,{value:t,configurable:!0}),_o=e=>[,,,io(e?.[uo(`metadata`)]??null)],vo=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],yo=e=>e!==void 0&&typeof e!=`function`?fo(`Function expected`):e,bo=(e,t,n,r,i)=>({kind:vo[e],name:t,metadata:r,addInitializer:e=>n._?fo(`Already initialized`):i.push(yo(e||null))}),xo=(e,t)=>mo(t,uo(`metadata`),e[3]),So=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Co=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=vo[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&oo(d<4?i:{get[n](){return Eo(this,a)},set[n](e){return Oo(this,a,e)}},n));d?p&&d<4&&go(a,(d>2?`set `:d>1?`get `:``)+n):go(i,n);for(var y=r.length-1;y>=0;y--)l=bo(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>To(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Eo:ko)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Oo(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?yo(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?fo(`Object expected`):(yo(o=s.get)&&(v.get=o),yo(o=s.set)&&(v.set=o),yo(o=s.init)&&g.unshift(o));return d||xo(e,i),v&&ao(i,n,v),p?d^4?a:v:i},wo=(e,t,n)=>t.has(e)||fo(`Cannot `+n),To=(e,t)=>Object(t)===t?e.has(t):fo(`Cannot use the "in" operator on this value`),Eo=(e,t,n)=>(wo(e,t,`read from private field`),n?n.call(e):t.get(e)),Do=(e,t,n)=>t.has(e)?fo(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Oo=(e,t,n,r)=>(wo(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),ko=(e,t,n)=>(wo(e,t,`access private method`),n),Ao=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},jo=class e{constructor(e,t,n,r){this.left=e,this.top=t,this.width=n,this.height=r,this.scale={x:1,y:1}}get inverseScale(){return{x:1/this.scale.x,y:1/this.scale.y}}translate(t,n){let{top:r,left:i,width:a,height:o,scale:s}=this,c=new e(i+t,r+n,a,o);return c.scale=ho({},s),c}get boundingRectangle(){let{width:e,height:t,left:n,top:r,right:i,bottom:a}=this;return{width:e,height:t,left:n,top:r,right:i,bottom:a}}get center(){let{left:e,top:t,right:n,bottom:r}=this;return new Ao((e+n)/2,(t+r)/2)}get area(){let{width:e,height:t}=this;return e*t}equals(t){if(!(t instanceof e))return!1;let{left:n,top:r,width:i,height:a}=this;return n===t.left&&r===t.top&&i===t.width&&a===t.height}containsPoint(e){let{top:t,left:n,bottom:r,right:i}=this;return t<=e.y&&e.y<=r&&n<=e.x&&e.x<=i}intersectionArea(t){return t instanceof e?Mo(this,t):0}intersectionRatio(e){let{area:t}=this,n=this.intersectionArea(e);return n/(e.area+t-n)}get bottom(){let{top:e,height:t}=this;return e+t}get right(){let{left:e,width:t}=this;return e+t}get aspectRatio(){let{width:e,height:t}=this;return e/t}get corners(){return[{x:this.left,y:this.top},{x:this.right,y:this.top},{x:this.left,y:this.bottom},{x:this.right,y:this.bottom}]}static from({top:t,left:n,width:r,height:i}){return new e(n,t,r,i)}static delta(e,t,n={x:`center`,y:`center`}){let r=(e,t)=>{let r=n[t],i=t===`x`?e.left:e.top,a=t===`x`?e.width:e.height;return r==`start`?i:r==`end`?i+a:i+a/2};return Ao.delta({x:r(e,`x`),y:r(e,`y`)},{x:r(t,`x`),y:r(t,`y`)})}static intersectionRatio(t,n){return e.from(t).intersectionRatio(e.from(n))}};function Mo(e,t){let n=Math.max(t.top,e.top),r=Math.max(t.left,e.left),i=Math.min(t.left+t.width,e.left+e.width),a=Math.min(t.top+t.height,e.top+e.height),o=i-r,s=a-n;return r<i&&n<a?o*s:0}var No,Po,Fo,Io,Lo,Ro=class extends (Fo=eo,Po=[ja],No=[ja],Fo){constructor(e){let t=Ao.from(e);super(t,(e,t)=>Ao.equals(e,t)),So(Lo,5,this),Do(this,Io,0),this.velocity={x:0,y:0}}get delta(){return Ao.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=Ao.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-Eo(this,Io),o=e=>Math.round(e/a*100);Pi(()=>{Oo(this,Io,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(Ao.from(e)),this.velocity={x:0,y:0}}};Lo=_o(Fo),Io=new WeakMap,Co(Lo,2,`delta`,Po,Ro),Co(Lo,2,`direction`,No,Ro),xo(Lo,Ro);function zo({x:e,y:t},n){let r=Math.abs(e),i=Math.abs(t);return typeof n==`number`?Math.sqrt(po(r,2)+po(i,2))>n:`x`in n&&`y`in n?r>n.x&&i>n.y:`x`in n?r>n.x:`y`in n&&i>n.y}var Bo=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(Bo||{}),Vo=Object.values(Bo),Ho=Object.create,Uo=Object.defineProperty,Wo=Object.defineProperties,Go=Object.getOwnPropertyDescriptor,Ko=Object.getOwnPropertyDescriptors,qo=Object.getOwnPropertySymbols,Jo=Object.prototype.hasOwnProperty,Yo=Object.prototype.propertyIsEnumerable,Xo=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Zo=e=>{throw TypeError(e)},Qo=(e,t,n)=>t in e?Uo(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,$o=(e,t)=>{for(var n in t||={})Jo.call(t,n)&&Qo(e,n,t[n]);if(qo)for(var n of qo(t))Yo.call(t,n)&&Qo(e,n,t[n]);return e},es=(e,t)=>Wo(e,Ko(t)),ts=(e,t)=>Uo(e,`name`,{value:t,configurable:!0}),ns=(e,t)=>{var n={};for(var r in e)Jo.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&qo)for(var r of qo(e))t.indexOf(r)<0&&Yo.call(e,r)&&(n[r]=e[r]);return n},rs=e=>[,,,Ho(e?.[Xo(`metadata`)]??null)],is=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],as=e=>e!==void 0&&typeof e!=`function`?Zo(`Function expected`):e,os=(e,t,n,r,i)=>({kind:is[e],name:t,metadata:r,addInitializer:e=>n._?Zo(`Already initialized`):i.push(as(e||null))}),ss=(e,t)=>Qo(t,Xo(`metadata`),e[3]),q=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},J=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=is[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Go(d<4?i:{get[n](){return us(this,a)},set[n](e){return ds(this,a,e)}},n));d?p&&d<4&&ts(a,(d>2?`set `:d>1?`get `:``)+n):ts(i,n);for(var y=r.length-1;y>=0;y--)l=os(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>ls(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?us:fs)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>ds(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?as(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Zo(`Object expected`):(as(o=s.get)&&(v.get=o),as(o=s.set)&&(v.set=o),as(o=s.init)&&g.unshift(o));return d||ss(e,i),v&&Uo(i,n,v),p?d^4?a:v:i},cs=(e,t,n)=>t.has(e)||Zo(`Cannot `+n),ls=(e,t)=>Object(t)===t?e.has(t):Zo(`Cannot use the "in" operator on this value`),us=(e,t,n)=>(cs(e,t,`read from private field`),n?n.call(e):t.get(e)),Y=(e,t,n)=>t.has(e)?Zo(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),ds=(e,t,n,r)=>(cs(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),fs=(e,t,n)=>(cs(e,t,`access private method`),n);function ps(e,t){return{plugin:e,options:t}}function ms(e){return t=>ps(e,t)}function hs(e){return typeof e==`function`?{plugin:e,options:void 0}:e}var gs=[K],_s,vs,ys,bs=class{constructor(e,t){this.manager=e,this.options=t,Y(this,vs,q(_s,8,this,!1)),q(_s,11,this),Y(this,ys,new Set)}enable(){this.disabled=!1}disable(){this.disabled=!0}isDisabled(){return G(()=>this.disabled)}configure(e){this.options=e}registerEffect(e){let t=ta(e.bind(this));return us(this,ys).add(t),t}destroy(){us(this,ys).forEach(e=>e())}static configure(e){return ps(this,e)}};_s=rs(null),vs=new WeakMap,ys=new WeakMap,J(_s,4,`disabled`,gs,bs,vs),ss(_s,bs);var xs=class extends bs{},Ss,Cs=class{constructor(e){this.manager=e,this.instances=new Map,Y(this,Ss,[])}get values(){return Array.from(this.instances.values())}set values(e){let t=e.map(hs).reduce((e,t)=>{let n=e.find(({plugin:e})=>e===t.plugin);return n?(n.options=t.options,e):[...e,t]},[]),n=t.map(({plugin:e})=>e);for(let e of us(this,Ss))if(!n.includes(e)){if(e.prototype instanceof xs)continue;this.unregister(e)}for(let{plugin:e,options:n}of t)this.register(e,n);ds(this,Ss,n)}get(e){return this.instances.get(e)}register(e,t){let n=this.instances.get(e);if(n)return n.options!==t&&(n.options=t),n;let r=new e(this.manager,t);return this.instances.set(e,r),r}unregister(e){let t=this.instances.get(e);t&&(t.destroy(),this.instances.delete(e))}destroy(){for(let e of this.instances.values())e.destroy();this.instances.clear()}};Ss=new WeakMap;function ws(e,t){return e.priority===t.priority?e.type===t.type?t.value-e.value:t.type-e.type:t.priority-e.priority}var Ts=[],Es,Ds,Os=class extends bs{constructor(e){super(e),Y(this,Es),Y(this,Ds),this.computeCollisions=this.computeCollisions.bind(this),ds(this,Ds,Gi(Ts)),this.destroy=Na(()=>{let e=this.computeCollisions(),t=G(()=>this.manager.dragOperation.position.current);if(e!==Ts){let e=us(this,Es);if(ds(this,Es,t),e&&t.x==e.x&&t.y==e.y)return}else ds(this,Es,void 0);us(this,Ds).value=e},()=>{let{dragOperation:e}=this.manager;e.status.initialized&&this.forceUpdate()})}forceUpdate(e=!0){G(()=>{e?us(this,Ds).value=this.computeCollisions():ds(this,Es,void 0)})}computeCollisions(e,t){let{registry:n,dragOperation:r}=this.manager,{source:i,shape:a,status:o}=r;if(!o.initialized||!a)return Ts;let s=[],c=[];for(let a of e??n.droppables){if(a.disabled||i&&!a.accepts(i))continue;let e=t??a.collisionDetector;if(!e)continue;c.push(a),a.shape;let n=G(()=>e({droppable:a,dragOperation:r}));n&&(a.collisionPriority!=null&&(n.priority=a.collisionPriority),s.push(n))}return c.length===0?Ts:(s.sort(ws),s)}get collisions(){return us(this,Ds).value}};Es=new WeakMap,Ds=new WeakMap;var ks,As,js=[K],Ms,Ns,Ps,Fs,Is,Ls,Rs;As=[K],ks=[K];var zs=class e{constructor(e,t){Y(this,Fs,q(Ps,8,this)),q(Ps,11,this),Y(this,Is),Y(this,Ls,q(Ps,12,this)),q(Ps,15,this),Y(this,Rs,q(Ps,16,this)),q(Ps,19,this);let{effects:n,id:r,data:i={},disabled:a=!1,register:o=!0}=e,s=r;ds(this,Is,Gi(r)),this.manager=t,this.data=i,this.disabled=a,this.effects=()=>[()=>{let{id:e,manager:t}=this;if(e!==s)return s=e,t?.registry.register(this),()=>t?.registry.unregister(this)},...n?.()??[]],this.register=this.register.bind(this),this.unregister=this.unregister.bind(this),this.destroy=this.destroy.bind(this),t&&o&&queueMicrotask(this.register)}get id(){let t=us(this,Is).value;return e.pendingIdChanges?.get(this)??t}set id(t){t!==(e.pendingIdChanges?.get(this)??us(this,Is).peek())&&(e.pendingIdChanges||(e.pendingIdChanges=new Map,queueMicrotask(()=>{var t;return fs(t=e,Ms,Ns).call(t)})),e.pendingIdChanges.set(this,t))}register(){return this.manager?.registry.register(this)}unregister(){var e;(e=this.manager)==null||e.registry.unregister(this)}destroy(){var e;(e=this.manager)==null||e.registry.unregister(this)}};Ps=rs(null),Ms=new WeakSet,Ns=function(){let e=zs.pendingIdChanges;zs.pendingIdChanges=null,e&&Pi(()=>{for(let[t,n]of e)us(t,Is).value=n})},Fs=new WeakMap,Is=new WeakMap,Ls=new WeakMap,Rs=new WeakMap,J(Ps,4,`manager`,js,zs,Fs),J(Ps,4,`data`,As,zs,Ls),J(Ps,4,`disabled`,ks,zs,Rs),Y(zs,Ms),ss(Ps,zs),zs.pendingIdChanges=null;var Bs=zs,Vs=class{constructor(){this.map=Gi(new Map),this.cleanupFunctions=new WeakMap,this.register=(e,t)=>{let n=this.map.peek(),r=n.get(e),i=()=>this.unregister(e,t);if(r===t)return i;r&&r.id===e&&(this.cleanupFunctions.get(r)?.(),this.cleanupFunctions.delete(r));let a=new Map(n);for(let[r,i]of n)if(i===t&&r!==e){a.delete(r);break}a.set(e,t),this.map.value=a;let o=Na(...t.effects());return this.cleanupFunctions.set(t,o),i},this.unregister=(e,t)=>{let n=this.map.peek();if(n.get(e)!==t)return;this.cleanupFunctions.get(t)?.(),this.cleanupFunctions.delete(t);let r=new Map(n);r.delete(e),this.map.value=r}}[Symbol.iterator](){return this.map.peek().values()}get value(){return this.map.value.values()}has(e){return this.map.value.has(e)}get(e){return this.map.value.get(e)}destroy(){for(let e of this)this.cleanupFunctions.get(e)?.(),e.destroy();this.map.value=new Map}},Hs,Us,Ws,Gs,Ks,qs,Js,Ys,Xs,Zs,Qs,$s=class extends (Js=Bs,qs=[K],Ks=[K],Gs=[K],Ws=[ja],Us=[ja],Hs=[ja],Js){constructor(e,t){var n=e,{modifiers:r,type:i,sensors:a,plugins:o,effects:s}=n,c=ns(n,[`modifiers`,`type`,`sensors`,`plugins`,`effects`]);super(es($o({},c),{effects:()=>[...s?.()??[],()=>{let{manager:e,plugins:t}=this;if(e&&t)for(let n of t){let{plugin:t}=hs(n);e.registry.plugins.register(t)}}]}),t),q(Ys,5,this),Y(this,Xs,q(Ys,8,this)),q(Ys,11,this),Y(this,Zs,q(Ys,12,this)),q(Ys,15,this),Y(this,Qs,q(Ys,16,this,this.isDragSource?`dragging`:`idle`)),q(Ys,19,this),this.type=i,this.sensors=a,this.modifiers=r,this.alignment=c.alignment,this.plugins=o}pluginConfig(e){if(this.plugins)for(let t of this.plugins){let n=hs(t);if(n.plugin===e)return n.options}}get isDropping(){return this.status===`dropping`&&this.isDragSource}get isDragging(){return this.status===`dragging`&&this.isDragSource}get isDragSource(){return this.manager?.dragOperation.source?.id===this.id}};Ys=rs(Js),Xs=new WeakMap,Zs=new WeakMap,Qs=new WeakMap,J(Ys,4,`type`,qs,$s,Xs),J(Ys,4,`modifiers`,Ks,$s,Zs),J(Ys,4,`status`,Gs,$s,Qs),J(Ys,2,`isDropping`,Ws,$s),J(Ys,2,`isDragging`,Us,$s),J(Ys,2,`isDragSource`,Hs,$s),ss(Ys,$s);var ec,tc,nc,rc,ic,ac,oc,sc,cc,lc,uc,dc,fc,pc=class extends (oc=Bs,ac=[K],ic=[K],rc=[K],nc=[K],tc=[K],ec=[ja],oc){constructor(e,t){var n=e,{accept:r,collisionDetector:i,collisionPriority:a,type:o}=n,s=ns(n,[`accept`,`collisionDetector`,`collisionPriority`,`type`]);super(s,t),q(sc,5,this),Y(this,cc,q(sc,8,this)),q(sc,11,this),Y(this,lc,q(sc,12,this)),q(sc,15,this),Y(this,uc,q(sc,16,this)),q(sc,19,this),Y(this,dc,q(sc,20,this)),q(sc,23,this),Y(this,fc,q(sc,24,this)),q(sc,27,this),this.accept=r,this.collisionDetector=i,this.collisionPriority=a,this.type=o}accepts(e){let{accept:t}=this;return t?typeof t==`function`?t(e):e.type?Array.isArray(t)?t.includes(e.type):e.type===t:!1:!0}get isDropTarget(){return this.manager?.dragOperation.target?.id===this.id}};sc=rs(oc),cc=new WeakMap,lc=new WeakMap,uc=new WeakMap,dc=new WeakMap,fc=new WeakMap,J(sc,4,`accept`,ac,pc,cc),J(sc,4,`type`,ic,pc,lc),J(sc,4,`collisionDetector`,rc,pc,uc),J(sc,4,`collisionPriority`,nc,pc,dc),J(sc,4,`shape`,tc,pc,fc),J(sc,2,`isDropTarget`,ec,pc),ss(sc,pc);var mc=class{constructor(){this.registry=new Map}addEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));return r.add(t),n.set(e,r),()=>this.removeEventListener(e,t)}removeEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));r.delete(t),n.set(e,r)}dispatch(e,...t){let{registry:n}=this,r=n.get(e);if(r)for(let e of r)e(...t)}},hc=class extends mc{constructor(e){super(),this.manager=e}dispatch(e,t){let n=[t,this.manager];super.dispatch(e,...n)}};function gc(e,t=!0){let n=!1;return es($o({},e),{cancelable:t,get defaultPrevented(){return n},preventDefault(){t&&(n=!0)}})}var _c=class extends xs{constructor(e){super(e);let t=(e,t)=>e.map(({id:e})=>e).join(``)===t.map(({id:e})=>e).join(``),n=[];this.destroy=Na(()=>{let{dragOperation:t,collisionObserver:r}=e;t.status.initializing&&(n=[],r.enable())},()=>{let{collisionObserver:r,monitor:i}=e,{collisions:a}=r;if(r.isDisabled()||Bs.pendingIdChanges)return;let o=gc({collisions:a});if(i.dispatch(`collision`,o),o.defaultPrevented||t(a,n))return;n=a;let[s]=a;G(()=>{s?.id!==e.dragOperation.target?.id&&(r.disable(),e.actions.setDropTarget(s?.id).then(()=>{r.enable()}))})})}},vc=(e=>(e[e.Lowest=0]=`Lowest`,e[e.Low=1]=`Low`,e[e.Normal=2]=`Normal`,e[e.High=3]=`High`,e[e.Highest=4]=`Highest`,e))(vc||{}),yc=(e=>(e[e.Collision=0]=`Collision`,e[e.ShapeIntersection=1]=`ShapeIntersection`,e[e.PointerIntersection=2]=`PointerIntersection`,e))(yc||{}),bc,xc,Sc,Cc,wc,Tc,Ec=[K],Dc,Oc;Tc=[ja],wc=[ja],Cc=[ja],Sc=[ja],xc=[ja],bc=[ja];var kc=class{constructor(){q(Dc,5,this),Y(this,Oc,q(Dc,8,this,`idle`)),q(Dc,11,this)}get current(){return this.value}get idle(){return this.value===`idle`}get initializing(){return this.value===`initializing`}get initialized(){let{value:e}=this;return e!==`idle`&&e!==`initialization-pending`}get dragging(){return this.value===`dragging`}get dropped(){return this.value===`dropped`}set(e){this.value=e}};Dc=rs(null),Oc=new WeakMap,J(Dc,4,`value`,Ec,kc,Oc),J(Dc,2,`current`,Tc,kc),J(Dc,2,`idle`,wc,kc),J(Dc,2,`initializing`,Cc,kc),J(Dc,2,`initialized`,Sc,kc),J(Dc,2,`dragging`,xc,kc),J(Dc,2,`dropped`,bc,kc),ss(Dc,kc);var Ac=class{constructor(e){this.manager=e}setDragSource(e){let{dragOperation:t}=this.manager;t.sourceIdentifier=typeof e==`string`||typeof e==`number`?e:e.id}setDropTarget(e){return G(()=>{let{dragOperation:t}=this.manager,n=e??null;if(t.targetIdentifier===n)return Promise.resolve(!1);t.targetIdentifier=n;let r=gc({operation:t.snapshot()});return t.status.dragging&&this.manager.monitor.dispatch(`dragover`,r),this.manager.renderer.rendering.then(()=>r.defaultPrevented)})}start(e){return G(()=>{let{dragOperation:t}=this.manager;if(e.source!=null&&this.setDragSource(e.source),!t.source)throw Error(`Cannot start a drag operation without a drag source`);if(!t.status.idle)throw Error(`Cannot start a drag operation while another is active`);let n=new AbortController,{event:r,coordinates:i}=e;Pi(()=>{t.status.set(`initialization-pending`),t.shape=null,t.canceled=!1,t.activatorEvent=r??null,t.position.reset(i)});let a=gc({operation:t.snapshot()});return this.manager.monitor.dispatch(`beforedragstart`,a),a.defaultPrevented?(t.reset(),n.abort(),n):(t.status.set(`initializing`),t.controller=n,this.manager.renderer.rendering.then(()=>{if(n.signal.aborted)return;let{status:e}=t;e.current===`initializing`&&Pi(()=>{t.status.set(`dragging`),this.manager.monitor.dispatch(`dragstart`,{nativeEvent:r,operation:t.snapshot(),cancelable:!1})})}),n)})}move(e){return G(()=>{let{dragOperation:t}=this.manager,{status:n,controller:r}=t;if(!n.dragging||!r||r.signal.aborted)return;let i=gc({nativeEvent:e.event,operation:t.snapshot(),by:e.by,to:e.to},e.cancelable??!0);(e.propagate??!0)&&this.manager.monitor.dispatch(`dragmove`,i),queueMicrotask(()=>{if(i.defaultPrevented)return;let n=e.to??{x:t.position.current.x+(e.by?.x??0),y:t.position.current.y+(e.by?.y??0)};t.position.current=n})})}stop(e={}){return G(()=>{let{dragOperation:t}=this.manager,{controller:n}=t;if(!n||n.signal.aborted)return;let r,i=()=>{let e={resume:()=>{},abort:()=>{}};return r=new Promise((t,n)=>{e.resume=t,e.abort=n}),e};n.abort();let a=()=>{this.manager.renderer.rendering.then(()=>{t.status.set(`dropped`);let e=G(()=>t.source?.status===`dropping`),r=()=>{t.controller===n&&(t.controller=void 0),t.reset()};if(e){let{source:e}=t,n=ta(()=>{e?.status===`idle`&&(n(),r())})}else this.manager.renderer.rendering.then(r)})};t.canceled=e.canceled??!1,this.manager.monitor.dispatch(`dragend`,{nativeEvent:e.event,operation:t.snapshot(),canceled:e.canceled??!1,suspend:i}),r?r.then(a).catch(()=>t.reset()):a()})}},jc=class extends bs{constructor(e,t){super(e,t),this.manager=e,this.options=t}},Mc=class extends AbortController{constructor(e,t){super(),this.constraints=e,this.onActivate=t,this.activated=!1;for(let t of e??[])t.controller=this}onEvent(e){if(!this.activated){if(this.constraints?.length)for(let t of this.constraints)t.onEvent(e);else this.activate(e)}}activate(e){this.activated||(this.activated=!0,this.onActivate(e))}abort(e){this.activated=!1,super.abort(e)}},Nc,Pc=class{constructor(e){this.options=e,Y(this,Nc)}set controller(e){ds(this,Nc,e),e.signal.addEventListener(`abort`,()=>this.abort())}activate(e){var t;(t=us(this,Nc))==null||t.activate(e)}};Nc=new WeakMap;var Fc=class extends bs{constructor(e,t){super(e,t),this.manager=e,this.options=t}apply(e){return e.transform}},Ic=class{constructor(e){this.draggables=new Vs,this.droppables=new Vs,this.plugins=new Cs(e),this.sensors=new Cs(e),this.modifiers=new Cs(e)}register(e,t){if(e instanceof $s)return this.draggables.register(e.id,e);if(e instanceof pc)return this.droppables.register(e.id,e);if(e.prototype instanceof Fc)return this.modifiers.register(e,t);if(e.prototype instanceof jc)return this.sensors.register(e,t);if(e.prototype instanceof bs)return this.plugins.register(e,t);throw Error(`Invalid instance type`)}unregister(e){if(e instanceof Bs)return e instanceof $s?this.draggables.unregister(e.id,e):e instanceof pc?this.droppables.unregister(e.id,e):()=>{};if(e.prototype instanceof Fc)return this.modifiers.unregister(e);if(e.prototype instanceof jc)return this.sensors.unregister(e);if(e.prototype instanceof bs)return this.plugins.unregister(e);throw Error(`Invalid instance type`)}destroy(){this.draggables.destroy(),this.droppables.destroy(),this.plugins.destroy(),this.sensors.destroy(),this.modifiers.destroy()}},Lc,Rc,zc,Bc,Vc,Hc,Uc,Wc,Gc=[ja],Kc,qc,Jc,Yc,Xc,Zc,Qc,$c,el,tl;Wc=[K],Uc=[K],Hc=[K],Vc=[K],Bc=[K],zc=[ja],Rc=[ja],Lc=[ja];var nl=class{constructor(e){q(Yc,5,this),Y(this,Kc),Y(this,qc),Y(this,Jc,new eo(void 0,(e,t)=>e&&t?e.equals(t):e===t)),this.status=new kc,Y(this,Xc,q(Yc,8,this,!1)),q(Yc,11,this),Y(this,Zc,q(Yc,12,this,null)),q(Yc,15,this),Y(this,Qc,q(Yc,16,this,null)),q(Yc,19,this),Y(this,$c,q(Yc,20,this,null)),q(Yc,23,this),Y(this,el,q(Yc,24,this,[])),q(Yc,27,this),this.position=new Ro({x:0,y:0}),Y(this,tl,{x:0,y:0}),ds(this,Kc,e)}get shape(){let{current:e,initial:t,previous:n}=us(this,Jc);return!e||!t?null:{current:e,initial:t,previous:n}}set shape(e){e?us(this,Jc).current=e:us(this,Jc).reset()}get source(){let e=this.sourceIdentifier;if(e==null)return null;let t=us(this,Kc).registry.draggables.get(e);return t&&ds(this,qc,t),t??us(this,qc)??null}get target(){let e=this.targetIdentifier;return e==null?null:us(this,Kc).registry.droppables.get(e)??null}get transform(){let{x:e,y:t}=this.position.delta,n={x:e,y:t};for(let e of this.modifiers)n=e.apply(es($o({},this.snapshot()),{transform:n}));return ds(this,tl,n),n}snapshot(){return G(()=>({source:this.source,target:this.target,activatorEvent:this.activatorEvent,transform:us(this,tl),shape:this.shape?to(this.shape):null,position:to(this.position),status:to(this.status),canceled:this.canceled}))}reset(){Pi(()=>{this.status.set(`idle`),this.sourceIdentifier=null,this.targetIdentifier=null,us(this,Jc).reset(),this.position.reset({x:0,y:0}),ds(this,tl,{x:0,y:0}),this.modifiers=[]})}};Yc=rs(null),Kc=new WeakMap,qc=new WeakMap,Jc=new WeakMap,Xc=new WeakMap,Zc=new WeakMap,Qc=new WeakMap,$c=new WeakMap,el=new WeakMap,tl=new WeakMap,J(Yc,2,`shape`,Gc,nl),J(Yc,4,`canceled`,Wc,nl,Xc),J(Yc,4,`activatorEvent`,Uc,nl,Zc),J(Yc,4,`sourceIdentifier`,Hc,nl,Qc),J(Yc,4,`targetIdentifier`,Vc,nl,$c),J(Yc,4,`modifiers`,Bc,nl,el),J(Yc,2,`source`,zc,nl),J(Yc,2,`target`,Rc,nl),J(Yc,2,`transform`,Lc,nl),ss(Yc,nl);var rl={get rendering(){return Promise.resolve()}};function il(e,t){return typeof e==`function`?e(t):e??t}var al=class{constructor(e){this.destroy=()=>{this.dragOperation.status.idle||this.actions.stop({canceled:!0}),this.dragOperation.modifiers.forEach(e=>e.destroy()),this.registry.destroy(),this.collisionObserver.destroy()};let t=e??{},n=il(t.plugins,[]),r=il(t.sensors,[]),i=il(t.modifiers,[]),a=t.renderer??rl,o=new hc(this),s=new Ic(this);this.registry=s,this.monitor=o,this.renderer=a,this.actions=new Ac(this),this.dragOperation=new nl(this),this.collisionObserver=new Os(this),this.plugins=[_c,...n],this.modifiers=i,this.sensors=r;let{destroy:c}=this,l=Na(()=>{let e=G(()=>this.dragOperation.modifiers),t=this.modifiers;for(let n of e)t.includes(n)||n.destroy();this.dragOperation.modifiers=(this.dragOperation.source?.modifiers)?.map(e=>{let{plugin:t,options:n}=hs(e);return new t(this,n)})??t});this.destroy=()=>{l(),c()}}get plugins(){return this.registry.plugins.values}set plugins(e){this.registry.plugins.values=e}get modifiers(){return this.registry.modifiers.values}set modifiers(e){this.registry.modifiers.values=e}get sensors(){return this.registry.sensors.values}set sensors(e){this.registry.sensors.values=e}},ol=e=>{throw TypeError(e)},sl=(e,t,n)=>t.has(e)||ol(`Cannot `+n),X=(e,t,n)=>(sl(e,t,`read from private field`),t.get(e)),cl=(e,t,n)=>t.has(e)?ol(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),ll=(e,t,n,r)=>(sl(e,t,`write to private field`),t.set(e,n),n),ul=(e,t,n)=>(sl(e,t,`access private method`),n);function dl(e){return e?e instanceof KeyframeEffect||`getKeyframes`in e&&typeof e.getKeyframes==`function`:!1}function fl(e,t){let n=e.getAnimations(),r=null;for(let e of n){if(e.playState!==`running`)continue;let{effect:n}=e,i=(dl(n)?n.getKeyframes():[]).filter(t);i.length>0&&(r=[i[i.length-1],e])}return r}function pl(e){let{width:t,height:n,top:r,left:i,bottom:a,right:o}=e.getBoundingClientRect();return{width:t,height:n,top:r,left:i,bottom:a,right:o}}function ml(e){let t=Object.prototype.toString.call(e);return t===`[object Window]`||t===`[object global]`}function hl(e){return`nodeType`in e}function gl(e){return e?ml(e)?e:hl(e)?`defaultView`in e?e.defaultView??window:e.ownerDocument?.defaultView??window:window:window}function _l(e){let{Document:t}=gl(e);return e instanceof t||`nodeType`in e&&e.nodeType===Node.DOCUMENT_NODE}function vl(e){return!e||ml(e)?!1:e instanceof gl(e).HTMLElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`html`)}function yl(e){return e instanceof gl(e).SVGElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`svg`)}function bl(e){return e?ml(e)?e.document:hl(e)?_l(e)?e:vl(e)||yl(e)?e.ownerDocument:document:document:document}function xl(e){let{documentElement:t}=bl(e),n=gl(e).visualViewport,r=n?.width??t.clientWidth,i=n?.height??t.clientHeight,a=n?.offsetTop??0,o=n?.offsetLeft??0;return{top:a,left:o,right:o+r,bottom:a+i,width:r,height:i}}function Sl(e,t){if(Cl(e)&&e.open===!1)return!1;let{overflow:n,overflowX:r,overflowY:i}=getComputedStyle(e);return n===`visible`&&r===`visible`&&i===`visible`}function Cl(e){return e.tagName===`DETAILS`}function wl(e,t=e.getBoundingClientRect(),n=0){let r=t,{ownerDocument:i}=e,a=i.defaultView??window,o=e.parentElement;for(;o&&o!==i.documentElement;){if(!Sl(o)){let e=o.getBoundingClientRect(),t=n*(e.bottom-e.top),i=n*(e.right-e.left),a=n*(e.bottom-e.top),s=n*(e.right-e.left);r={top:Math.max(r.top,e.top-t),right:Math.min(r.right,e.right+i),bottom:Math.min(r.bottom,e.bottom+a),left:Math.max(r.left,e.left-s),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top}o=o.parentElement}let s=a.visualViewport,c=s?.offsetTop??0,l=s?.offsetLeft??0,u=s?.width??a.innerWidth,d=s?.height??a.innerHeight,f=n*d,p=n*u;return r={top:Math.max(r.top,c-f),right:Math.min(r.right,l+u+p),bottom:Math.min(r.bottom,c+d+f),left:Math.max(r.left,l-p),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top,r.width<0&&(r.width=0),r.height<0&&(r.height=0),r}function Tl(e){return{x:e.clientX,y:e.clientY}}var El=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0;function Dl(e=document,t=new Set){if(t.has(e))return[];t.add(e);let n=[e];for(let r of Array.from(e.querySelectorAll(`iframe, frame`)))try{let e=r.contentDocument;e&&!t.has(e)&&n.push(...Dl(e,t))}catch{}try{let r=e.defaultView;if(r&&r!==window.top){let i=r.parent;i&&i.document&&i.document!==e&&n.push(...Dl(i.document,t))}}catch{}return n}function Ol(){return/^((?!chrome|android).)*safari/i.test(navigator.userAgent)}function kl(){let e=Ol()?window.visualViewport:null;return{x:e?.offsetLeft??0,y:e?.offsetTop??0}}function Al(e){return!e||!hl(e)?!1:e instanceof gl(e).ShadowRoot}function jl(e){if(e&&hl(e)){let t=e.getRootNode();if(Al(t)||t instanceof Document)return t}return bl(e)}function Ml(e){return e.matchMedia(`(prefers-reduced-motion: reduce)`).matches}function Nl(e){let t=`input, textarea, select, canvas, [contenteditable]`,n=e.cloneNode(!0),r=Array.from(e.querySelectorAll(t));return Array.from(n.querySelectorAll(t)).forEach((e,t)=>{let n=r[t];Pl(e)&&Pl(n)&&(e.type!==`file`&&(e.value=n.value),e.type===`radio`&&e.name&&(e.name=`Cloned__${e.name}`)),Fl(e)&&Fl(n)&&n.width>0&&n.height>0&&e.getContext(`2d`)?.drawImage(n,0,0)}),n}function Pl(e){return`value`in e}function Fl(e){return e.tagName===`CANVAS`}function Il(e,{x:t,y:n}){let r=e.elementFromPoint(t,n);if(Ll(r)){let{contentDocument:e}=r;if(e){let{left:i,top:a}=r.getBoundingClientRect();return Il(e,{x:t-i,y:n-a})}}return r}function Ll(e){return e?.tagName===`IFRAME`}var Rl=new WeakMap;function zl(e){return!!e.closest(`
      input:not([disabled]),
      select:not([disabled]),
      textarea:not([disabled]),
      button:not([disabled]),
      a[href],
      [contenteditable]:not([contenteditable="false"])
    `)}var Bl=class{constructor(){this.entries=new Set,this.clear=()=>{for(let e of this.entries){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i)}this.entries.clear()}}bind(e,t){let n=Array.isArray(e)?e:[e],r=Array.isArray(t)?t:[t],i=[];for(let e of n)for(let t of r){let{type:n,listener:r,options:a}=t,o=[e,t];e.addEventListener(n,r,a),this.entries.add(o),i.push(o)}let a=this.entries;return function(){for(let e of i){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i),a.delete(e)}}}};function Vl(e){let t=e?.ownerDocument.defaultView;if(t&&t.self!==t.parent)return t.frameElement}function Hl(e){let t=new Set,n=Vl(e);for(;n;)t.add(n),n=Vl(n);return t}function Ul(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function Wl(e,t){let n=()=>performance.now(),r,i;return function(...a){let o=this;i?(r?.(),r=Ul(()=>{e.apply(o,a),i=n()},t-(n()-i))):(e.apply(o,a),i=n())}}function Gl(e,t){return e===t?!0:!e||!t?!1:e.top==t.top&&e.left==t.left&&e.right==t.right&&e.bottom==t.bottom}function Kl(e,t=e.getBoundingClientRect()){let{width:n,height:r}=wl(e,t);return n>0&&r>0}var ql=El?ResizeObserver:class{observe(){}unobserve(){}disconnect(){}},Jl,Yl=class extends ql{constructor(e){super(t=>{X(this,Jl)?e(t,this):ll(this,Jl,!0)}),cl(this,Jl,!1)}};Jl=new WeakMap;var Xl=Array.from({length:100},(e,t)=>t/100),Zl=75,Ql,$l,eu,tu,nu,ru,iu,au,ou,su,cu,lu=class{constructor(e,t,n={debug:!1,skipInitial:!1}){this.element=e,this.callback=t,cl(this,ou),this.disconnect=()=>{var e,t,n;ll(this,iu,!0),(e=X(this,eu))==null||e.disconnect(),(t=X(this,tu))==null||t.disconnect(),X(this,nu).disconnect(),(n=X(this,ru))==null||n.remove()},cl(this,Ql,!0),cl(this,$l),cl(this,eu),cl(this,tu),cl(this,nu),cl(this,ru),cl(this,iu,!1),cl(this,au,Wl(()=>{var e;let{element:t}=this;if((e=X(this,tu))==null||e.disconnect(),X(this,iu)||!X(this,Ql)||!t.isConnected)return;let n=t.ownerDocument??document,{innerHeight:r,innerWidth:i}=n.defaultView??window,a=t.getBoundingClientRect(),{top:o,left:s,bottom:c,right:l}=wl(t,a),u=-Math.floor(o),d=-Math.floor(s),f=`${u}px ${-Math.floor(i-l)}px ${-Math.floor(r-c)}px ${d}px`;this.boundingClientRect=a,ll(this,tu,new IntersectionObserver(e=>{let[n]=e,{intersectionRect:r}=n;(n.intersectionRatio===1?jo.intersectionRatio(r,wl(t)):n.intersectionRatio)!==1&&X(this,au).call(this)},{threshold:Xl,rootMargin:f,root:n})),X(this,tu).observe(t),ul(this,ou,su).call(this)},Zl)),this.boundingClientRect=e.getBoundingClientRect(),ll(this,Ql,Kl(e,this.boundingClientRect));let r=!0;this.callback=e=>{r&&(r=!1,n.skipInitial)||t(e)};let i=e.ownerDocument;n?.debug&&(ll(this,ru,document.createElement(`div`)),X(this,ru).style.background=`rgba(0,0,0,0.15)`,X(this,ru).style.position=`fixed`,X(this,ru).style.pointerEvents=`none`,i.body.appendChild(X(this,ru))),ll(this,nu,new IntersectionObserver(t=>{var n,r;let{boundingClientRect:i,isIntersecting:a}=t[t.length-1],{width:o,height:s}=i,c=X(this,Ql);ll(this,Ql,a),(o||s)&&(c&&!a?((n=X(this,tu))==null||n.disconnect(),this.callback(null),(r=X(this,eu))==null||r.disconnect(),ll(this,eu,void 0),X(this,ru)&&(X(this,ru).style.visibility=`hidden`)):X(this,au).call(this),a&&!X(this,eu)&&(ll(this,eu,new Yl(X(this,au))),X(this,eu).observe(e)))},{threshold:Xl,root:i})),X(this,Ql)&&!n.skipInitial&&this.callback(this.boundingClientRect),X(this,nu).observe(e)}};Ql=new WeakMap,$l=new WeakMap,eu=new WeakMap,tu=new WeakMap,nu=new WeakMap,ru=new WeakMap,iu=new WeakMap,au=new WeakMap,ou=new WeakSet,su=function(){X(this,iu)||(ul(this,ou,cu).call(this),Gl(this.boundingClientRect,X(this,$l))||(this.callback(this.boundingClientRect),ll(this,$l,this.boundingClientRect)))},cu=function(){if(X(this,ru)){let{top:e,left:t,width:n,height:r}=wl(this.element);X(this,ru).style.overflow=`hidden`,X(this,ru).style.visibility=`visible`,X(this,ru).style.top=`${Math.floor(e)}px`,X(this,ru).style.left=`${Math.floor(t)}px`,X(this,ru).style.width=`${Math.floor(n)}px`,X(this,ru).style.height=`${Math.floor(r)}px`}};var uu=new WeakMap,du=new WeakMap;function fu(e,t){let n=uu.get(e);return n||={disconnect:new lu(e,t=>{let n=uu.get(e);n&&n.callbacks.forEach(e=>e(t))},{skipInitial:!0}).disconnect,callbacks:new Set},n.callbacks.add(t),uu.set(e,n),()=>{n.callbacks.delete(t),n.callbacks.size===0&&(uu.delete(e),n.disconnect())}}function pu(e,t){let n=new Set;for(let r of e){let e=fu(r,t);n.add(e)}return()=>n.forEach(e=>e())}function mu(e,t){let n=e.ownerDocument;if(!du.has(n)){let e=new AbortController,t=new Set;document.addEventListener(`scroll`,e=>t.forEach(t=>t(e)),{capture:!0,passive:!0,signal:e.signal}),du.set(n,{disconnect:()=>e.abort(),listeners:t})}let{listeners:r,disconnect:i}=du.get(n)??{};return!r||!i?()=>{}:(r.add(t),()=>{r.delete(t),r.size===0&&(i(),du.delete(n))})}var hu,gu,_u,vu,yu=class{constructor(e,t,n){this.callback=t,cl(this,hu),cl(this,gu,!1),cl(this,_u),cl(this,vu,Wl(e=>{if(!X(this,gu)&&e.target&&`contains`in e.target&&typeof e.target.contains==`function`){for(let t of X(this,_u))if(e.target.contains(t)){this.callback(X(this,hu).boundingClientRect);break}}},Zl));let r=Hl(e),i=pu(r,t),a=mu(e,X(this,vu));ll(this,_u,r),ll(this,hu,new lu(e,t,n)),this.disconnect=()=>{X(this,gu)||(ll(this,gu,!0),i(),a(),X(this,hu).disconnect())}}};hu=new WeakMap,gu=new WeakMap,_u=new WeakMap,vu=new WeakMap;function bu(e){return`showPopover`in e&&`hidePopover`in e&&typeof e.showPopover==`function`&&typeof e.hidePopover==`function`}function xu(e){try{bu(e)&&e.isConnected&&e.hasAttribute(`popover`)&&!e.matches(`:popover-open`)&&e.showPopover()}catch{}}function Su(e){return!El||!e?!1:e===bl(e).scrollingElement}function Cu(e){let t=gl(e),n=Su(e)?xl(e):pl(e),r=t.visualViewport,i=Su(e)?{height:r?.height??t.innerHeight,width:r?.width??t.innerWidth}:{height:e.clientHeight,width:e.clientWidth},a={current:{x:e.scrollLeft,y:e.scrollTop},max:{x:e.scrollWidth-i.width,y:e.scrollHeight-i.height}};return{rect:n,position:a,isTop:a.current.y<=0,isLeft:a.current.x<=0,isBottom:a.current.y>=a.max.y,isRight:a.current.x>=a.max.x}}function wu(e,t){let{isTop:n,isBottom:r,isLeft:i,isRight:a,position:o}=Cu(e),{x:s,y:c}=t??{x:0,y:0},l=!n&&o.current.y+c>0,u=!r&&o.current.y+c<o.max.y,d=!i&&o.current.x+s>0,f=!a&&o.current.x+s<o.max.x;return{top:l,bottom:u,left:d,right:f,x:d||f,y:l||u}}var Tu=class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}},Eu=new Tu(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),Du=new Tu(e=>setTimeout(e,50)),Ou=new Map,ku=Ou.clear.bind(Ou);function Au(e,t=!1){if(!t)return ju(e);let n=Ou.get(e);return n||(n=ju(e),Ou.set(e,n),Du.schedule(ku),n)}function ju(e){return gl(e).getComputedStyle(e)}function Mu(e,t=Au(e,!0)){return t.position===`fixed`||t.position===`sticky`}function Nu(e,t=Au(e,!0)){let n=/(auto|scroll|overlay)/;return[`overflow`,`overflowX`,`overflowY`].some(e=>{let r=t[e];return typeof r==`string`&&n.test(r)})}var Pu={excludeElement:!0,escapeShadowDOM:!0};function Fu(e,t=Pu){let{limit:n,excludeElement:r,escapeShadowDOM:i}=t,a=new Set;function o(t){if(n!=null&&a.size>=n||!t)return a;if(_l(t)&&t.scrollingElement!=null&&!a.has(t.scrollingElement))return a.add(t.scrollingElement),a;if(i&&Al(t))return o(t.host);if(!vl(t))return yl(t)?o(t.parentElement):a;if(a.has(t))return a;let s=Au(t,!0);if(r&&t===e||Nu(t,s)&&a.add(t),Mu(t,s)){let{scrollingElement:e}=t.ownerDocument;return e&&a.add(e),a}return o(t.parentNode)}return e?o(e):a}function Iu(e,t=window.frameElement){let n={x:0,y:0,scaleX:1,scaleY:1};if(!e)return n;let r=Vl(e);for(;r;){if(r===t)return n;let e=pl(r),{x:i,y:a}=Lu(r,e);n.x+=e.left,n.y+=e.top,n.scaleX*=i,n.scaleY*=a,r=Vl(r)}return n}function Lu(e,t=pl(e)){let n=Math.round(t.width),r=Math.round(t.height);if(vl(e))return{x:n/e.offsetWidth,y:r/e.offsetHeight};let i=Au(e,!0);return{x:(parseFloat(i.width)||n)/n,y:(parseFloat(i.height)||r)/r}}function Ru(e){if(e===`none`)return null;let t=e.split(` `),n=parseFloat(t[0]),r=parseFloat(t[1]);return isNaN(n)&&isNaN(r)?null:{x:isNaN(n)?r:n,y:isNaN(r)?n:r}}function zu(e){if(e===`none`)return null;let[t,n,r=`0`]=e.split(` `),i={x:parseFloat(t),y:parseFloat(n),z:parseInt(r,10)};return isNaN(i.x)&&isNaN(i.y)?null:{x:isNaN(i.x)?0:i.x,y:isNaN(i.y)?0:i.y,z:isNaN(i.z)?0:i.z}}function Bu(e){let{scale:t,transform:n,translate:r}=e,i=Ru(t),a=zu(r),o=Vu(n);if(!o&&!i&&!a)return null;let s={x:i?.x??1,y:i?.y??1},c={x:a?.x??0,y:a?.y??0},l={x:o?.x??0,y:o?.y??0,scaleX:o?.scaleX??1,scaleY:o?.scaleY??1};return{x:c.x+l.x,y:c.y+l.y,z:a?.z??0,scaleX:s.x*l.scaleX,scaleY:s.y*l.scaleY}}function Vu(e){if(e.startsWith(`matrix3d(`)){let t=e.slice(9,-1).split(/, /);return{x:+t[12],y:+t[13],scaleX:+t[0],scaleY:+t[5]}}if(e.startsWith(`matrix(`)){let t=e.slice(7,-1).split(/, /);return{x:+t[4],y:+t[5],scaleX:+t[0],scaleY:+t[3]}}return null}var Hu=(e=>(e[e.Idle=0]=`Idle`,e[e.Forward=1]=`Forward`,e[e.Reverse=-1]=`Reverse`,e))(Hu||{}),Uu={x:.2,y:.2},Wu={x:10,y:10};function Gu(e,t,n,r=25,i=Uu,a=Wu){let{x:o,y:s}=t,{rect:c,isTop:l,isBottom:u,isLeft:d,isRight:f}=Cu(e),p=Iu(e),m=Bu(Au(e,!0)),h=m!==null&&m?.scaleX<0,g=m!==null&&m?.scaleY<0,_=new jo(c.left*p.scaleX+p.x,c.top*p.scaleY+p.y,c.width*p.scaleX,c.height*p.scaleY),v={x:0,y:0},y={x:0,y:0},b={height:_.height*i.y,width:_.width*i.x};return b.height>0&&(!l||g&&!u)&&s<=_.top+b.height&&n?.y!==1&&o>=_.left-a.x&&o<=_.right+a.x?(v.y=g?1:-1,y.y=r*Math.abs((_.top+b.height-s)/b.height)):b.height>0&&(!u||g&&!l)&&s>=_.bottom-b.height&&n?.y!==-1&&o>=_.left-a.x&&o<=_.right+a.x&&(v.y=g?-1:1,y.y=r*Math.abs((_.bottom-b.height-s)/b.height)),b.width>0&&(!f||h&&!d)&&o>=_.right-b.width&&n?.x!==-1&&s>=_.top-a.y&&s<=_.bottom+a.y?(v.x=h?-1:1,y.x=r*Math.abs((_.right-b.width-o)/b.width)):b.width>0&&(!d||h&&!f)&&o<=_.left+b.width&&n?.x!==1&&s>=_.top-a.y&&s<=_.bottom+a.y&&(v.x=h?1:-1,y.x=r*Math.abs((_.left+b.width-o)/b.width)),{direction:v,speed:y}}function Ku(e,{block:t=`nearest`,inline:n=`nearest`}={}){if(!vl(e))return;let r=Fu(e),i=[];for(let a of r){if(!vl(a))continue;let{top:r,left:o}=Ju(e,a),s=r,c=o;for(let e of i)s-=e.scrollTop,c-=e.scrollLeft;if(t!==`none`){let n=s<a.scrollTop;n!==s+e.offsetHeight>a.scrollTop+a.clientHeight&&(a.scrollTop=t===`center`?s-a.clientHeight/2+e.offsetHeight/2:n?s:s+e.offsetHeight-a.clientHeight)}if(n!==`none`){let t=c<a.scrollLeft;t!==c+e.offsetWidth>a.scrollLeft+a.clientWidth&&(a.scrollLeft=n===`center`?c-a.clientWidth/2+e.offsetWidth/2:t?c:c+e.offsetWidth-a.clientWidth)}i.push(a)}}function qu(e){let t=0,n=0,r=e;for(;r;){t+=r.offsetTop,n+=r.offsetLeft;let e=r.offsetParent;if(!vl(e))break;t+=e.clientTop,n+=e.clientLeft,r=e}return{top:t,left:n}}function Ju(e,t){let n=qu(e),r=qu(t);return{top:n.top-r.top-t.clientTop,left:n.left-r.left-t.clientLeft}}function Yu(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left+a+(1-r)*parseFloat(n),c=e.top+o+(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width*r:e.width,u=i?e.height*i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function Xu(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left-a-(1-r)*parseFloat(n),c=e.top-o-(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width/r:e.width,u=i?e.height/i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function Zu({element:e,keyframes:t,options:n}){return e.animate(t,n).finished}function Qu(e,t=Au(e).translate,n=!0){if(n){let t=fl(e,e=>`translate`in e);if(t){let{translate:e=``}=t[0];if(typeof e==`string`){let t=zu(e);if(t)return t}}}if(t){let e=zu(t);if(e)return e}return{x:0,y:0,z:0}}var $u=new Tu(e=>setTimeout(e,0)),ed=new Map,td=ed.clear.bind(ed);function nd(e){let t=e.ownerDocument,n=ed.get(t);if(n)return n;n=t.getAnimations(),ed.set(t,n),$u.schedule(td);let r=n.filter(t=>dl(t.effect)&&t.effect.target===e);return ed.set(e,r),n}function rd(e,t){let n=nd(e).filter(e=>{if(dl(e.effect)){let{target:n}=e.effect;if((n&&t.isValidTarget?.call(t,n))??!0)return e.effect.getKeyframes().some(e=>{for(let n of t.properties)if(e[n])return!0})}}).map(e=>{let{effect:t,currentTime:n}=e,r=t?.getComputedTiming().duration;if(!(e.pending||e.playState===`finished`)&&typeof r==`number`&&typeof n==`number`&&n<r)return e.currentTime=r,()=>{e.currentTime=n}});if(n.length>0)return()=>n.forEach(e=>e?.())}var id=class extends jo{constructor(e,t={}){let{frameTransform:n=Iu(e),ignoreTransforms:r,getBoundingClientRect:i=pl}=t,a=rd(e,{properties:[`transform`,`translate`,`scale`,`width`,`height`],isValidTarget:t=>(t!==e||Ol())&&t.contains(e)}),o=i(e),{top:s,left:c,width:l,height:u}=o,d,f=Au(e),p=Bu(f),m={x:p?.scaleX??1,y:p?.scaleY??1},h=ad(e,f);a?.(),p&&(d=Xu(o,p,f.transformOrigin),(r||h)&&(s=d.top,c=d.left,l=d.width,u=d.height));let g={width:d?.width??l,height:d?.height??u};if(h&&!r&&d){let e=Yu(d,h,f.transformOrigin);s=e.top,c=e.left,l=e.width,u=e.height,m.x=h.scaleX,m.y=h.scaleY}n&&(r||(c*=n.scaleX,l*=n.scaleX,s*=n.scaleY,u*=n.scaleY),c+=n.x,s+=n.y),super(c,s,l,u),this.scale=m,this.intrinsicWidth=g.width,this.intrinsicHeight=g.height}};function ad(e,t){let n=e.getAnimations();if(!n.length)return null;let r,i,a,o=!1;for(let e of n){if(e.playState!==`running`)continue;let t=dl(e.effect)?e.effect.getKeyframes():[],n=t[t.length-1];if(!n)continue;let{transform:s,translate:c,scale:l}=n;typeof s==`string`&&s&&(r=s,o=!0),typeof c==`string`&&c&&(i=c,o=!0),typeof l==`string`&&l&&(a=l,o=!0)}return o?Bu({transform:r??t.transform,translate:i??t.translate,scale:a??t.scale}):null}function od(e){return`style`in e&&typeof e.style==`object`&&e.style!==null&&`setProperty`in e.style&&`removeProperty`in e.style&&typeof e.style.setProperty==`function`&&typeof e.style.removeProperty==`function`}var sd=class{constructor(e){this.element=e,this.initial=new Map}set(e,t=``){let{element:n}=this;if(od(n))for(let[r,i]of Object.entries(e)){let e=`${t}${r}`;this.initial.has(e)||this.initial.set(e,n.style.getPropertyValue(e)),n.style.setProperty(e,typeof i==`string`?i:`${i}px`)}}remove(e,t=``){let{element:n}=this;if(od(n))for(let r of e){let e=`${t}${r}`;n.style.removeProperty(e)}}reset(){let{element:e}=this;if(od(e)){for(let[t,n]of this.initial)e.style.setProperty(t,n);e.getAttribute(`style`)===``&&e.removeAttribute(`style`)}}};function cd(e){return e?e instanceof gl(e).Element||hl(e)&&e.nodeType===Node.ELEMENT_NODE:!1}function ld(e){if(!e)return!1;let{KeyboardEvent:t}=gl(e.target);return e instanceof t}function ud(e){if(!e)return!1;let{PointerEvent:t}=gl(e.target);return e instanceof t}function dd(e){if(!cd(e))return!1;let{tagName:t}=e;return t===`INPUT`||t===`TEXTAREA`||fd(e)}function fd(e){return e.hasAttribute(`contenteditable`)&&e.getAttribute(`contenteditable`)!==`false`}var pd={};function md(e){let t=pd[e]==null?0:pd[e]+1;return pd[e]=t,`${e}-${t}`}var hd=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/Ao.distance(t.shape.center,n),type:yc.PointerIntersection,priority:vc.High}:null},gd=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=Ao.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:yc.ShapeIntersection,priority:vc.Normal}}return null},_d=e=>hd(e)??gd(e),vd=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?jo.from(r.current.boundingRectangle).corners:void 0,o=jo.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+Ao.distance(Ao.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:yc.Collision,priority:vc.Normal}},yd=Object.create,bd=Object.defineProperty,xd=Object.defineProperties,Sd=Object.getOwnPropertyDescriptor,Cd=Object.getOwnPropertyDescriptors,wd=Object.getOwnPropertySymbols,Td=Object.prototype.hasOwnProperty,Ed=Object.prototype.propertyIsEnumerable,Dd=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Od=e=>{throw TypeError(e)},kd=(e,t,n)=>t in e?bd(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Ad=(e,t)=>{for(var n in t||={})Td.call(t,n)&&kd(e,n,t[n]);if(wd)for(var n of wd(t))Ed.call(t,n)&&kd(e,n,t[n]);return e},jd=(e,t)=>xd(e,Cd(t)),Md=(e,t)=>bd(e,`name`,{value:t,configurable:!0}),Nd=(e,t)=>{var n={};for(var r in e)Td.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&wd)for(var r of wd(e))t.indexOf(r)<0&&Ed.call(e,r)&&(n[r]=e[r]);return n},Pd=e=>[,,,yd(e?.[Dd(`metadata`)]??null)],Fd=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Id=e=>e!==void 0&&typeof e!=`function`?Od(`Function expected`):e,Ld=(e,t,n,r,i)=>({kind:Fd[e],name:t,metadata:r,addInitializer:e=>n._?Od(`Already initialized`):i.push(Id(e||null))}),Rd=(e,t)=>kd(t,Dd(`metadata`),e[3]),zd=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Bd=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=Fd[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Sd(d<4?i:{get[n](){return Z(this,a)},set[n](e){return Wd(this,a,e)}},n));d?p&&d<4&&Md(a,(d>2?`set `:d>1?`get `:``)+n):Md(i,n);for(var y=r.length-1;y>=0;y--)l=Ld(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Hd(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Z:Gd)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Wd(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?Id(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Od(`Object expected`):(Id(o=s.get)&&(v.get=o),Id(o=s.set)&&(v.set=o),Id(o=s.init)&&g.unshift(o));return d||Rd(e,i),v&&bd(i,n,v),p?d^4?a:v:i},Vd=(e,t,n)=>t.has(e)||Od(`Cannot `+n),Hd=(e,t)=>Object(t)===t?e.has(t):Od(`Cannot use the "in" operator on this value`),Z=(e,t,n)=>(Vd(e,t,`read from private field`),n?n.call(e):t.get(e)),Ud=(e,t,n)=>t.has(e)?Od(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Wd=(e,t,n,r)=>(Vd(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Gd=(e,t,n)=>(Vd(e,t,`access private method`),n),Kd={role:`button`,roleDescription:`draggable`},qd=`dnd-kit-description`,Jd=`dnd-kit-announcement`,Yd={draggable:`To pick up a draggable item, press the space bar. While dragging, use the arrow keys to move the item in a given direction. Press space again to drop the item in its new position, or press escape to cancel.`},Xd={dragstart({operation:{source:e}}){if(e)return`Picked up draggable item ${e.id}.`},dragover({operation:{source:e,target:t}}){if(e&&e.id!==t?.id)return t?`Draggable item ${e.id} was moved over droppable target ${t.id}.`:`Draggable item ${e.id} is no longer over a droppable target.`},dragend({operation:{source:e,target:t},canceled:n}){if(e)return n?`Dragging was cancelled. Draggable item ${e.id} was dropped.`:t?`Draggable item ${e.id} was dropped over droppable target ${t.id}`:`Draggable item ${e.id} was dropped.`}};function Zd(e){let t=e.tagName.toLowerCase();return[`input`,`select`,`textarea`,`a`,`button`].includes(t)}function Qd(e,t){let n=document.createElement(`div`);return n.id=e,n.style.setProperty(`display`,`none`),n.textContent=t,n}function $d(e){let t=document.createElement(`div`);return t.id=e,t.setAttribute(`role`,`status`),t.setAttribute(`aria-live`,`polite`),t.setAttribute(`aria-atomic`,`true`),t.style.setProperty(`position`,`fixed`),t.style.setProperty(`width`,`1px`),t.style.setProperty(`height`,`1px`),t.style.setProperty(`margin`,`-1px`),t.style.setProperty(`border`,`0`),t.style.setProperty(`padding`,`0`),t.style.setProperty(`overflow`,`hidden`),t.style.setProperty(`clip`,`rect(0 0 0 0)`),t.style.setProperty(`clip-path`,`inset(100%)`),t.style.setProperty(`white-space`,`nowrap`),t}var ef=[`dragover`,`dragmove`],tf=class extends bs{constructor(e,t){super(e);let{id:n,idPrefix:{description:r=qd,announcement:i=Jd}={},announcements:a=Xd,screenReaderInstructions:o=Yd,debounce:s=500}=t??{},c=n?`${r}-${n}`:md(r),l=n?`${i}-${n}`:md(i),u,d,f,p,m=(e=p)=>{f&&e&&f?.nodeValue!==e&&(f.nodeValue=e)},h=()=>Eu.schedule(m),g=nf(h,s),_=Object.entries(a).map(([e,t])=>this.manager.monitor.addEventListener(e,(n,r)=>{let i=f;if(!i)return;let a=t?.(n,r);a&&i.nodeValue!==a&&(p=a,ef.includes(e)?g():(h(),g.cancel()))})),v=()=>{let e=[];u?.isConnected||(u=Qd(c,o.draggable),e.push(u)),d?.isConnected||(d=$d(l),f=document.createTextNode(``),d.appendChild(f),e.push(d)),e.length>0&&document.body.append(...e)},y=new Set;function b(){for(let e of y)e()}this.registerEffect(()=>{y.clear();for(let e of this.manager.registry.draggables.value){let t=e.handle??e.element;if(t){u&&d||y.add(v),Zd(t)&&!Ol()||t.hasAttribute(`tabindex`)||y.add(()=>t.setAttribute(`tabindex`,`0`)),!t.hasAttribute(`role`)&&t.tagName.toLowerCase()!==`button`&&y.add(()=>t.setAttribute(`role`,Kd.role)),t.hasAttribute(`aria-roledescription`)||y.add(()=>t.setAttribute(`aria-roledescription`,Kd.roleDescription)),t.hasAttribute(`aria-describedby`)||y.add(()=>t.setAttribute(`aria-describedby`,c));for(let n of[`aria-pressed`,`aria-grabbed`]){let r=String(e.isDragging);t.getAttribute(n)!==r&&y.add(()=>t.setAttribute(n,r))}let n=String(e.disabled);t.getAttribute(`aria-disabled`)!==n&&y.add(()=>t.setAttribute(`aria-disabled`,n))}}y.size>0&&Eu.schedule(b)}),this.destroy=()=>{super.destroy(),u?.remove(),d?.remove(),_.forEach(e=>e())}}};function nf(e,t){let n,r=()=>{clearTimeout(n),n=setTimeout(e,t)};return r.cancel=()=>clearTimeout(n),r}var rf=new Map,af,of,sf,cf,lf,uf,df,ff,pf,mf,hf,gf,_f,vf=class extends (lf=xs,cf=[K],sf=[ja],of=[ja],af=[ja],lf){constructor(e,t){super(e,t),zd(df,5,this),Ud(this,pf),Ud(this,uf,new Set),Ud(this,ff,zd(df,8,this,new Set)),zd(df,11,this),this.registerEffect(Gd(this,pf,mf))}register(e){return Z(this,uf).add(e),()=>{Z(this,uf).delete(e)}}addRoot(e){return G(()=>{let t=new Set(this.additionalRoots);t.add(e),this.additionalRoots=t}),()=>{G(()=>{let t=new Set(this.additionalRoots);t.delete(e),this.additionalRoots=t})}}get sourceRoot(){let{source:e}=this.manager.dragOperation;return jl(e?.element??null)}get targetRoot(){let{target:e}=this.manager.dragOperation;return jl(e?.element??null)}get roots(){let{status:e}=this.manager.dragOperation;if(e.initializing||e.initialized){let e=[this.sourceRoot,this.targetRoot].filter(e=>e!=null);return new Set([...e,...this.additionalRoots])}return new Set}};df=Pd(lf),uf=new WeakMap,ff=new WeakMap,pf=new WeakSet,mf=function(){let{roots:e}=this,t=[];for(let n of e)for(let e of Z(this,uf))t.push(Gd(this,pf,hf).call(this,n,e));return()=>{for(let e of t)e()}},hf=function(e,t){let n=rf.get(e);n||(n=new Map,rf.set(e,n));let r=n.get(t);if(!r){let i=_l(e)?Gd(this,pf,gf).call(this,e,n,t):Gd(this,pf,_f).call(this,e,n,t);if(!i)return()=>{};r=i,n.set(t,r)}r.refCount++;let i=!1;return()=>{i||(i=!0,r.refCount--,r.refCount===0&&r.cleanup())}},gf=function(e,t,n){let r=e.createElement(`style`),{nonce:i}=this.options??{};i&&r.setAttribute(`nonce`,i),r.textContent=n,e.head.prepend(r);let a=new MutationObserver(t=>{for(let n of t)for(let t of Array.from(n.removedNodes))if(t===r){e.head.prepend(r);return}});return a.observe(e.head,{childList:!0}),{refCount:0,cleanup:()=>{a.disconnect(),r.remove(),t.delete(n),t.size===0&&rf.delete(e)}}},_f=function(e,t,n){`adoptedStyleSheets`in e&&Array.isArray(e.adoptedStyleSheets);let{CSSStyleSheet:r}=e.ownerDocument.defaultView??{};if(!r)return null;let i=new r;return i.replaceSync(n),e.adoptedStyleSheets.push(i),{refCount:0,cleanup:()=>{if(Al(e)&&e.host?.isConnected){let t=e.adoptedStyleSheets.indexOf(i);t!==-1&&e.adoptedStyleSheets.splice(t,1)}t.delete(n),t.size===0&&rf.delete(e)}}},Bd(df,4,`additionalRoots`,cf,vf,ff),Bd(df,2,`sourceRoot`,sf,vf),Bd(df,2,`targetRoot`,of,vf),Bd(df,2,`roots`,af,vf),Rd(df,vf),vf.configure=ms(vf);var yf=vf,bf=class extends bs{constructor(e,t){super(e,t),this.manager=e;let{cursor:n=`grabbing`}=t??{},r=e.registry.plugins.get(yf)?.register(`* { cursor: ${n} !important; }`);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}}},xf=`data-dnd-`,Sf=`${xf}dropping`,Cf=`--dnd-`,wf=`${xf}dragging`,Tf=`${xf}placeholder`,Ef=[wf,Tf,`popover`,`aria-pressed`,`aria-grabbing`],Df=[`view-transition-name`],Of=`
  :is(:root,:host) [${wf}] {
    position: fixed !important;
    pointer-events: none !important;
    touch-action: none;
    z-index: calc(infinity);
    will-change: translate;
    top: var(${Cf}top, 0px) !important;
    left: var(${Cf}left, 0px) !important;
    right: unset !important;
    bottom: unset !important;
    width: var(${Cf}width, auto);
    max-width: var(${Cf}width, auto);
    height: var(${Cf}height, auto);
    max-height: var(${Cf}height, auto);
    transform: var(${Cf}transform, none) !important;
    transition: var(${Cf}transition) !important;
  }

  :is(:root,:host) [${Tf}] {
    transition: none;
  }

  :is(:root,:host) [${Tf}='hidden'] {
    visibility: hidden;
  }

  [${wf}] * {
    pointer-events: none !important;
  }

  [${wf}]:not([${Sf}]) {
    translate: var(${Cf}translate) !important;
  }

  [${wf}][style*='${Cf}scale'] {
    scale: var(${Cf}scale) !important;
    transform-origin: var(${Cf}transform-origin) !important;
  }

  @layer dnd-kit {
    :where([${wf}][popover]) {
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
  [${wf}]::backdrop, [${xf}overlay]:not([${wf}]) {
    display: none;
    visibility: hidden;
  }
`.replace(/\n+/g,` `).replace(/\s+/g,` `).trim();function kf(e,t=`hidden`){return G(()=>{let{element:n,manager:r}=e;if(!n||!r)return;let i=Af(n,r.registry.droppables),a=[],o=Nl(n),{remove:s}=o;return jf(i,o,a),Mf(o,t),o.remove=()=>{a.forEach(e=>e()),s.call(o)},o})}function Af(e,t){let n=new Map;for(let r of t)if(r.element&&(e===r.element||e.contains(r.element))){let e=`${xf}${md(`dom-id`)}`;r.element.setAttribute(e,``),n.set(r,e)}return n}function jf(e,t,n){for(let[r,i]of e){if(!r.element)continue;let e=`[${i}]`,a=t.matches(e)?t:t.querySelector(e);if(r.element.removeAttribute(i),!a)continue;let o=r.element;r.proxy=a,a.removeAttribute(i),Rl.set(o,a),n.push(()=>{Rl.delete(o),r.proxy=void 0})}}function Mf(e,t=`hidden`){e.setAttribute(`inert`,`true`),e.setAttribute(`tab-index`,`-1`),e.setAttribute(`aria-hidden`,`true`),e.setAttribute(Tf,t)}function Nf(e,t){return e===t||Vl(e)===Vl(t)}function Pf(e){let{target:t}=e;`newState`in e&&e.newState===`closed`&&cd(t)&&t.hasAttribute(`popover`)&&requestAnimationFrame(()=>xu(t))}function Ff(e){return e.tagName===`TR`}function If(e,t,n){let r=new MutationObserver(r=>{let i=!1;for(let n of r){if(n.target!==e){i=!0;continue}if(n.type!==`attributes`)continue;let r=n.attributeName;if(r.startsWith(`aria-`)||Ef.includes(r))continue;let a=e.getAttribute(r);if(r===`style`){if(od(e)&&od(t)){let n=e.style;for(let e of Array.from(t.style))n.getPropertyValue(e)===``&&t.style.removeProperty(e);for(let e of Array.from(n)){if(Df.includes(e)||e.startsWith(Cf))continue;let r=n.getPropertyValue(e);t.style.setProperty(e,r)}}}else a===null?t.removeAttribute(r):t.setAttribute(r,a)}i&&n&&t.replaceChildren(...e.cloneNode(!0).childNodes)});return r.observe(e,{attributes:!0,subtree:!0,childList:!0}),r}function Lf(e,t,n){let r=new MutationObserver(r=>{for(let i of r)if(i.addedNodes.length!==0)for(let r of Array.from(i.addedNodes)){if(r.contains(e)&&e.nextElementSibling!==t){e.insertAdjacentElement(`afterend`,t),xu(n);return}if(r.contains(t)&&t.previousElementSibling!==e){t.insertAdjacentElement(`beforebegin`,e),xu(n);return}}e.isConnected&&t.isConnected&&e.nextElementSibling!==t&&(e.insertAdjacentElement(`afterend`,t),xu(n))});return r.observe(e.ownerDocument.body,{childList:!0,subtree:!0}),r}function Rf(e){return new ResizeObserver(()=>{var t;let n=new id(e.placeholder,{frameTransform:e.frameTransform,ignoreTransforms:!0}),r=e.transformOrigin??{x:1,y:1},i=(e.width-n.width)*r.x+e.delta.x,a=(e.height-n.height)*r.y+e.delta.y,o=kl();if(e.styles.set({width:n.width-e.widthOffset,height:n.height-e.heightOffset,top:e.top+a+o.y,left:e.left+i+o.x},Cf),(t=e.getElementMutationObserver())==null||t.takeRecords(),Ff(e.element)&&Ff(e.placeholder)){let t=Array.from(e.element.cells),n=Array.from(e.placeholder.cells);e.getSavedCellWidths()||e.setSavedCellWidths(t.map(e=>e.style.width));for(let[e,r]of t.entries()){let t=n[e];r.style.width=`${t.getBoundingClientRect().width}px`}}let s=e.getTranslate()??{x:0,y:0},c=e.left+i+o.x+s.x,l=e.top+a+o.y+s.y,u=n.width-e.widthOffset,d=n.height-e.heightOffset,f=e.frameTransform;e.dragOperation.shape=new jo(c*f.scaleX+f.x,l*f.scaleY+f.y,u*f.scaleX,d*f.scaleY)})}var zf=250,Bf=`ease`;function Vf(e){var t;let{animation:n}=e;if(typeof n==`function`){let t=n({source:e.source,element:e.element,feedbackElement:e.feedbackElement,placeholder:e.placeholder,translate:e.translate,moved:e.moved});Promise.resolve(t).then(()=>{e.cleanup(),requestAnimationFrame(e.restoreFocus)});return}let{duration:r=zf,easing:i=Bf}=n??{};xu(e.feedbackElement);let[,a]=fl(e.feedbackElement,e=>`translate`in e)??[];a?.pause();let o=e.placeholder??e.element,s={frameTransform:Nf(e.feedbackElement,o)?null:void 0},c=new id(e.feedbackElement,s),l=zu(Au(e.feedbackElement).translate)??e.translate,u=new id(o,s),d=jo.delta(c,u,e.alignment),f={x:l.x-d.x,y:l.y-d.y},p=Math.round(c.intrinsicHeight)===Math.round(u.intrinsicHeight)?{}:{minHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`],maxHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`]},m=Math.round(c.intrinsicWidth)===Math.round(u.intrinsicWidth)?{}:{minWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`],maxWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`]};e.styles.set({transition:e.transition},Cf),e.feedbackElement.setAttribute(Sf,``),(t=e.getElementMutationObserver())==null||t.takeRecords(),Zu({element:e.feedbackElement,keyframes:jd(Ad(Ad({},p),m),{translate:[`${l.x}px ${l.y}px 0`,`${f.x}px ${f.y}px 0`]}),options:{duration:Ml(gl(e.feedbackElement))?0:e.moved||e.feedbackElement!==e.element?r:0,easing:i}}).then(()=>{e.feedbackElement.removeAttribute(Sf),a?.finish(),e.cleanup(),requestAnimationFrame(e.restoreFocus)})}var Hf,Uf,Wf,Gf,Kf,qf,Jf,Yf=class extends (Uf=bs,Hf=[K],Uf){constructor(e,t){super(e,t),Ud(this,Kf),Ud(this,Gf,zd(Wf,8,this)),zd(Wf,11,this),this.state={initial:{},current:{}};let n=e.registry.plugins.get(yf),r=n?.register(Of);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}this.registerEffect(Gd(this,Kf,qf).bind(this,n)),this.registerEffect(Gd(this,Kf,Jf))}};Wf=Pd(Uf),Gf=new WeakMap,Kf=new WeakSet,qf=function(e){let{overlay:t}=this;if(!t||!e)return;let n=jl(t);if(n)return e.addRoot(n)},Jf=function(){let{state:e,manager:t,options:n}=this,{dragOperation:r}=t,{position:i,source:a,status:o}=r;if(o.idle){e.current={},e.initial={};return}if(!a)return;let{element:s}=a,c=a.pluginConfig(Yf),l=c?.feedback??n?.feedback??`default`,u=typeof l==`function`?l(a,t):l;if(!s||u===`none`||!o.initialized||o.initializing)return;let{initial:d}=e,f=this.overlay??s,p=Iu(f),m=Iu(s),h=!Nf(s,f),g=new id(s,{frameTransform:h?m:null,ignoreTransforms:!h}),_={x:m.scaleX/p.scaleX,y:m.scaleY/p.scaleY},{width:v,height:y,top:b,left:x}=g;h&&(v/=_.x,y/=_.y);let S=new sd(f),C=Au(s),{transition:w,translate:T,boxSizing:E,paddingBlockStart:D,paddingBlockEnd:O,paddingInlineStart:ee,paddingInlineEnd:k,borderInlineStartWidth:te,borderInlineEndWidth:A,borderBlockStartWidth:ne,borderBlockEndWidth:re}=C,j=w.split(`,`).filter(e=>!/^\s*(transform|translate|scale)\b/.test(e)).join(`,`),ie=Bu(C),ae=C.transform,M=u===`clone`,oe=E===`content-box`,N=oe?parseInt(ee)+parseInt(k)+parseInt(te)+parseInt(A):0,se=oe?parseInt(D)+parseInt(O)+parseInt(ne)+parseInt(re):0,ce=u!==`move`&&!this.overlay?kf(a,M?`clone`:`hidden`):null,le=G(()=>ld(t.dragOperation.activatorEvent));if(!d.translate){if(this.overlay&&ie)d.translate={x:ie.x,y:ie.y};else if(T!==`none`){let e=zu(T);e&&(d.translate=e)}}if(!d.transformOrigin){let e=G(()=>i.current),t=x+(ie?.x??0),n=b+(ie?.y??0);d.transformOrigin={x:(e.x-t*p.scaleX-p.x)/(v*p.scaleX),y:(e.y-n*p.scaleY-p.y)/(y*p.scaleY)}}let{transformOrigin:ue}=d,de=b*p.scaleY+p.y,fe=x*p.scaleX+p.x;if(!d.coordinates&&(d.coordinates={x:fe,y:de},_.x!==1||_.y!==1)){let{scaleX:e,scaleY:t}=m,{x:n,y:r}=ue;d.coordinates.x+=(v*e-v)*n,d.coordinates.y+=(y*t-y)*r}d.dimensions||={width:v,height:y},d.frameTransform||=p;let pe={x:d.coordinates.x-fe,y:d.coordinates.y-de},me={width:(d.dimensions.width*d.frameTransform.scaleX-v*p.scaleX)*ue.x,height:(d.dimensions.height*d.frameTransform.scaleY-y*p.scaleY)*ue.y},he={x:pe.x/p.scaleX+me.width,y:pe.y/p.scaleY+me.height},P={left:x+he.x,top:b+he.y};f.setAttribute(wf,`true`);let ge=G(()=>r.transform),_e=d.translate??{x:0,y:0},ve=ge.x*p.scaleX+_e.x,ye=ge.y*p.scaleY+_e.y,be=kl();S.set({width:v-N,height:y-se,top:P.top+be.y,left:P.left+be.x,translate:`${ve}px ${ye}px 0`,transform:this.overlay?`none`:ae,transition:j?`${j}, translate 0ms linear`:`translate 0ms linear`,scale:h?`${_.x} ${_.y}`:``,"transform-origin":`${ue.x*100}% ${ue.y*100}%`},Cf),ce&&(s.insertAdjacentElement(`afterend`,ce),n?.rootElement&&(typeof n.rootElement==`function`?n.rootElement(a):n.rootElement).appendChild(s)),bu(f)&&(f.hasAttribute(`popover`)||f.setAttribute(`popover`,`manual`),xu(f),f.addEventListener(`beforetoggle`,Pf));let xe,Se,Ce,we=Rf({placeholder:ce,element:s,feedbackElement:f,frameTransform:p,transformOrigin:ue,width:v,height:y,top:b,left:x,widthOffset:N,heightOffset:se,delta:he,styles:S,dragOperation:r,getTranslate:()=>e.current.translate,getElementMutationObserver:()=>xe,getSavedCellWidths:()=>Ce,setSavedCellWidths:e=>{Ce=e}}),Te=new id(f);G(()=>r.shape=Te);let Ee=gl(f),De=e=>{this.manager.actions.stop({event:e})},Oe=Ml(Ee);le&&Ee.addEventListener(`resize`,De),G(()=>a.status)===`idle`&&requestAnimationFrame(()=>a.status=`dragging`),ce&&(we.observe(ce),xe=If(s,ce,M),Se=Lf(s,ce,f));let ke=t.dragOperation.source?.id,Ae=()=>{if(!le||ke==null)return;let e=t.registry.draggables.get(ke),n=e?.handle??e?.element;vl(n)&&n.focus()},je=()=>{if(xe?.disconnect(),Se?.disconnect(),we.disconnect(),Ee.removeEventListener(`resize`,De),bu(f)&&(f.removeEventListener(`beforetoggle`,Pf),f.removeAttribute(`popover`)),f.removeAttribute(wf),S.reset(),Ce&&Ff(s)){let e=Array.from(s.cells);for(let[t,n]of e.entries())n.style.width=Ce[t]??``}a.status=`idle`;let t=e.current.translate!=null,n=r.status.dragging;ce&&(!n&&t||ce.parentElement!==f.parentElement)&&f.isConnected&&ce.replaceWith(f),ce?.remove()},Me=n?.dropAnimation,Ne=this,Pe=Na(()=>{let{transform:t,status:i}=r;if((t.x||t.y||e.current.translate)&&i.dragging){let i=d.translate??{x:0,y:0},a={x:t.x/p.scaleX+i.x,y:t.y/p.scaleY+i.y},o=e.current.translate,s=G(()=>r.modifiers),c=G(()=>r.shape?.current),l=n?.keyboardTransition,u=le&&!Oe&&l!==null?`${l?.duration??250}ms ${l?.easing??`cubic-bezier(0.25, 1, 0.5, 1)`}`:`0ms linear`;if(S.set({transition:j?`${j}, translate ${u}`:`translate ${u}`,translate:`${a.x}px ${a.y}px 0`},Cf),xe?.takeRecords(),c&&c!==Te&&o&&!s.length){let e=Ao.delta(a,o);r.shape=jo.from(c.boundingRectangle).translate(e.x*p.scaleX,e.y*p.scaleY)}else r.shape=new id(f);e.current.translate=a}},function(){if(r.status.dropped){this.dispose(),a.status=`dropping`;let n=c?.dropAnimation===void 0?Ne.dropAnimation===void 0?Me:Ne.dropAnimation:c.dropAnimation,r=e.current.translate,i=r!=null;if(!r&&s!==f&&(r={x:0,y:0}),!r||n===null){je();return}t.renderer.rendering.then(()=>{Vf({source:a,element:s,feedbackElement:f,placeholder:ce,translate:r,moved:i,transition:w,alignment:a.alignment,styles:S,animation:n??void 0,getElementMutationObserver:()=>xe,cleanup:je,restoreFocus:Ae})})}});return()=>{je(),Pe()}},Bd(Wf,4,`overlay`,Hf,Yf,Gf),Rd(Wf,Yf),Yf.configure=ms(Yf);var Xf=Yf,Zf=!0,Qf=!1,$f,ep,tp=[K],np=Hu.Forward,rp,ip,ap;ep=($f=[K],Hu.Reverse);var op=class{constructor(){Ud(this,ip,zd(rp,8,this,Zf)),zd(rp,11,this),Ud(this,ap,zd(rp,12,this,Zf)),zd(rp,15,this)}isLocked(e){return e===Hu.Idle?!1:e==null?this[Hu.Forward]===Zf&&this[Hu.Reverse]===Zf:this[e]===Zf}unlock(e){e!==Hu.Idle&&(this[e]=Qf)}};rp=Pd(null),ip=new WeakMap,ap=new WeakMap,Bd(rp,4,np,tp,op,ip),Bd(rp,4,ep,$f,op,ap),Rd(rp,op);var sp=[Hu.Forward,Hu.Reverse],cp=class{constructor(){this.x=new op,this.y=new op}isLocked(){return this.x.isLocked()&&this.y.isLocked()}},lp=class extends bs{constructor(e){super(e);let t=Gi(new cp),n=null;this.signal=t,ta(()=>{let{status:r}=e.dragOperation;if(!r.initialized){n=null,t.value=new cp;return}let{delta:i}=e.dragOperation.position;if(n){let e={x:up(i.x,n.x),y:up(i.y,n.y)},r=t.peek();Pi(()=>{for(let t of Vo)for(let n of sp)e[t]===n&&r[t].unlock(n);t.value=r})}n=i})}get current(){return this.signal.peek()}};function up(e,t){return Math.sign(e-t)}var dp,fp,pp,mp,hp,gp,_p=class extends (fp=xs,dp=[K],fp){constructor(e){super(e),Ud(this,mp,zd(pp,8,this,!1)),zd(pp,11,this),Ud(this,hp),Ud(this,gp,()=>{if(!Z(this,hp))return;let{element:e,by:t}=Z(this,hp);t.y&&(e.scrollTop+=t.y),t.x&&(e.scrollLeft+=t.x)}),this.scroll=(e,t)=>{if(this.disabled)return!1;let n=this.getScrollableElements();if(!n)return Wd(this,hp,void 0),!1;let{position:r}=this.manager.dragOperation,i=r?.current;if(i){let{by:r}=e??{},a=r?{x:vp(r.x),y:vp(r.y)}:void 0,o=a?void 0:this.scrollIntentTracker.current;if(o?.isLocked())return!1;for(let e of n){let n=wu(e,r);if(n.x||n.y){let{speed:n,direction:s}=Gu(e,i,a,t?.acceleration,t?.threshold);if(o)for(let e of Vo)o[e].isLocked(s[e])&&(n[e]=0,s[e]=0);if(s.x||s.y){let{x:t,y:i}=r??s,a=t*n.x,o=i*n.y;if(a||o){let t=Z(this,hp)?.by;if(this.autoScrolling&&t&&(t.x&&!a||t.y&&!o))continue;return Wd(this,hp,{element:e,by:{x:a,y:o}}),Eu.schedule(Z(this,gp)),!0}}}}}return Wd(this,hp,void 0),!1};let t=null,n=null,r=ka(()=>{let{position:n,source:r}=e.dragOperation;if(!n)return null;let i=Il(jl(r?.element),n.current);return i&&(t=i),i??t}),i=ka(()=>{let t=r.value,{documentElement:i}=bl(t);if(!t||t===i){let{target:t}=e.dragOperation,r=t?.element;if(r){let e=Fu(r,{excludeElement:!1});return n=e,e}}if(t){let e=Fu(t,{excludeElement:!1});return this.autoScrolling&&n&&e.size<n?.size?n:(n=e,e)}return n=null,null},Aa);this.getScrollableElements=()=>i.value,this.scrollIntentTracker=new lp(e),this.destroy=e.monitor.addEventListener(`dragmove`,t=>{!this.disabled&&!t.defaultPrevented&&ld(e.dragOperation.activatorEvent)&&t.by&&this.scroll({by:t.by})&&t.preventDefault()})}};pp=Pd(fp),mp=new WeakMap,hp=new WeakMap,gp=new WeakMap,Bd(pp,4,`autoScrolling`,dp,_p,mp),Rd(pp,_p);function vp(e){return e>0?Hu.Forward:e<0?Hu.Reverse:Hu.Idle}var yp=new class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}}(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),bp=10,xp=class extends bs{constructor(e,t){super(e,t);let n=e.registry.plugins.get(_p);if(!n)throw Error(`AutoScroller plugin depends on Scroller plugin`);this.destroy=ta(()=>{if(this.disabled)return;let{position:t,status:r}=e.dragOperation;if(r.dragging){let e={acceleration:this.options?.acceleration,threshold:typeof this.options?.threshold==`number`?{x:this.options.threshold,y:this.options.threshold}:this.options?.threshold};if(n.scroll(void 0,e)){n.autoScrolling=!0;let t=setInterval(()=>yp.schedule(()=>n.scroll(void 0,e)),bp);return()=>{clearInterval(t)}}n.autoScrolling=!1}})}};xp.configure=ms(xp);var Sp=xp,Cp={capture:!0,passive:!0},wp,Tp=class extends xs{constructor(e){super(e),Ud(this,wp),this.handleScroll=()=>{Z(this,wp)??Wd(this,wp,setTimeout(()=>{this.manager.collisionObserver.forceUpdate(!1),Wd(this,wp,void 0)},50))};let{dragOperation:t}=this.manager;this.destroy=ta(()=>{if(t.status.dragging){let e=t.source?.element?.ownerDocument??document;return e.addEventListener(`scroll`,this.handleScroll,Cp),()=>{e.removeEventListener(`scroll`,this.handleScroll,Cp)}}})}};wp=new WeakMap;var Ep=`* { user-select: none !important; -webkit-user-select: none !important; }`,Dp=class extends bs{constructor(e){super(e),this.manager=e;let t=e.registry.plugins.get(yf)?.register(Ep);if(this.destroy=ta(()=>{let{dragOperation:e}=this.manager;if(e.status.initialized)return Op(),document.addEventListener(`selectionchange`,Op,{capture:!0}),()=>{document.removeEventListener(`selectionchange`,Op,{capture:!0})}}),t){let e=this.destroy.bind(this);this.destroy=()=>{t(),e()}}}};function Op(){var e;(e=document.getSelection())==null||e.removeAllRanges()}var kp=Object.freeze({offset:10,keyboardCodes:{start:[`Space`,`Enter`],cancel:[`Escape`],end:[`Space`,`Enter`,`Tab`],up:[`ArrowUp`],down:[`ArrowDown`],left:[`ArrowLeft`],right:[`ArrowRight`]},preventActivation(e,t){let n=t.handle??t.element;return e.target!==n}}),Ap,jp=class extends jc{constructor(e,t){super(e),this.manager=e,this.options=t,Ud(this,Ap,[]),this.listeners=new Bl,this.handleSourceKeyDown=(e,t,n)=>{if(this.disabled||e.defaultPrevented||!cd(e.target)||t.disabled)return;let{keyboardCodes:r=kp.keyboardCodes,preventActivation:i=kp.preventActivation}=n??{};r.start.includes(e.code)&&this.manager.dragOperation.status.idle&&(i?.(e,t)||this.handleStart(e,t,n))}}bind(e,t=this.options){return ta(()=>{let n=e.handle??e.element,r=n=>{ld(n)&&this.handleSourceKeyDown(n,e,t)};if(n)return n.addEventListener(`keydown`,r),()=>{n.removeEventListener(`keydown`,r)}})}handleStart(e,t,n){let{element:r}=t;if(!r)throw Error(`Source draggable does not have an associated element`);e.preventDefault(),e.stopImmediatePropagation(),Ku(r);let{center:i}=new id(r);if(this.manager.actions.start({event:e,coordinates:{x:i.x,y:i.y},source:t}).signal.aborted)return this.cleanup();this.sideEffects();let a=bl(r),o=[this.listeners.bind(a,[{type:`keydown`,listener:e=>this.handleKeyDown(e,t,n),options:{capture:!0}}])];Z(this,Ap).push(...o)}handleKeyDown(e,t,n){let{keyboardCodes:r=kp.keyboardCodes}=n??{};if(Np(e,[...r.end,...r.cancel])){e.preventDefault();let t=Np(e,r.cancel);this.handleEnd(e,t)}else Np(e,r.up)?this.handleMove(`up`,e):Np(e,r.down)&&this.handleMove(`down`,e),Np(e,r.left)?this.handleMove(`left`,e):Np(e,r.right)&&this.handleMove(`right`,e)}handleEnd(e,t){this.manager.actions.stop({event:e,canceled:t}),this.cleanup()}handleMove(e,t){let{shape:n}=this.manager.dragOperation,r=t.shiftKey?5:1,i={x:0,y:0},a=this.options?.offset??kp.offset;if(typeof a==`number`&&(a={x:a,y:a}),n){switch(e){case`up`:i={x:0,y:-a.y*r};break;case`down`:i={x:0,y:a.y*r};break;case`left`:i={x:-a.x*r,y:0};break;case`right`:i={x:a.x*r,y:0}}(i.x||i.y)&&(t.preventDefault(),this.manager.actions.move({event:t,by:i}))}}sideEffects(){let e=this.manager.registry.plugins.get(Sp);e?.disabled===!1&&(e.disable(),Z(this,Ap).push(()=>{e.enable()}))}cleanup(){Z(this,Ap).forEach(e=>e()),Wd(this,Ap,[])}destroy(){this.cleanup(),this.listeners.clear()}};Ap=new WeakMap,jp.configure=ms(jp),jp.defaults=kp;var Mp=jp;function Np(e,t){return t.includes(e.code)}var Pp,Fp=class extends Pc{constructor(){super(...arguments),Ud(this,Pp)}onEvent(e){switch(e.type){case`pointerdown`:Wd(this,Pp,Tl(e));break;case`pointermove`:if(!Z(this,Pp))return;let{x:t,y:n}=Tl(e),r={x:t-Z(this,Pp).x,y:n-Z(this,Pp).y},{tolerance:i}=this.options;if(i&&zo(r,i)){this.abort();return}zo(r,this.options.value)&&this.activate(e);break;case`pointerup`:this.abort()}}abort(){Wd(this,Pp,void 0)}};Pp=new WeakMap;var Ip,Lp,Rp=class extends Pc{constructor(){super(...arguments),Ud(this,Ip),Ud(this,Lp)}onEvent(e){switch(e.type){case`pointerdown`:Wd(this,Lp,Tl(e)),Wd(this,Ip,setTimeout(()=>this.activate(e),this.options.value));break;case`pointermove`:if(!Z(this,Lp))return;let{x:t,y:n}=Tl(e);zo({x:t-Z(this,Lp).x,y:n-Z(this,Lp).y},this.options.tolerance)&&this.abort();break;case`pointerup`:this.abort()}}abort(){Z(this,Ip)&&(clearTimeout(Z(this,Ip)),Wd(this,Lp,void 0),Wd(this,Ip,void 0))}};Ip=new WeakMap,Lp=new WeakMap;var zp=class{};zp.Delay=Rp,zp.Distance=Fp;var Bp=Object.freeze({activationConstraints(e,t){let{pointerType:n,target:r}=e;if(n!==`mouse`||!cd(r)||t.handle!==r&&!t.handle?.contains(r))return n===`touch`?[new zp.Delay({value:250,tolerance:5})]:dd(r)&&!e.defaultPrevented?[new zp.Delay({value:200,tolerance:0})]:[new zp.Delay({value:200,tolerance:10}),new zp.Distance({value:5})]},preventActivation(e,t){let{target:n}=e;return n===t.element||n===t.handle||!cd(n)||t.handle?.contains(n)?!1:zl(n)}}),Vp,Hp=class extends jc{constructor(e,t){super(e),this.manager=e,this.options=t,Ud(this,Vp,new Set),this.listeners=new Bl,this.latest={event:void 0,coordinates:void 0},this.handleMove=()=>{let{event:e,coordinates:t}=this.latest;e&&t&&this.manager.actions.move({event:e,to:t})},this.handleCancel=this.handleCancel.bind(this),this.handlePointerUp=this.handlePointerUp.bind(this),this.handleKeyDown=this.handleKeyDown.bind(this)}activationConstraints(e,t,n=this.options){let{activationConstraints:r=Bp.activationConstraints}=n??{};return typeof r==`function`?r(e,t):r}bind(e,t=this.options){return ta(()=>{let n=new AbortController,{signal:r}=n,i=n=>{ud(n)&&this.handlePointerDown(n,e,t)},a=[e.handle??e.element];t?.activatorElements&&(a=Array.isArray(t.activatorElements)?t.activatorElements:t.activatorElements(e));for(let e of a)e&&(Jp(e.ownerDocument.defaultView),e.addEventListener(`pointerdown`,i,{signal:r}));return()=>n.abort()})}handlePointerDown(e,t,n){if(this.disabled||!e.isPrimary||e.button!==0||!cd(e.target)||t.disabled||Wp(e)||!this.manager.dragOperation.status.idle)return;let{preventActivation:r=Bp.preventActivation}=n??{};if(r?.(e,t))return;let{target:i}=e,a=vl(i)&&i.draggable&&i.getAttribute(`draggable`)===`true`,o=Iu(t.element),{x:s,y:c}=Tl(e);this.initialCoordinates={x:s*o.scaleX+o.x,y:c*o.scaleY+o.y};let l=this.activationConstraints(e,t,n);e.sensor=this;let u=new Mc(l,e=>this.handleStart(t,e));u.signal.onabort=()=>this.handleCancel(e),u.onEvent(e),this.controller=u;let d=Dl(),f=this.listeners.bind(d,[{type:`pointermove`,listener:e=>this.handlePointerMove(e,t)},{type:`pointerup`,listener:this.handlePointerUp,options:{capture:!0}},{type:`pointercancel`,listener:this.handleCancel},{type:`dragstart`,listener:a?this.handleCancel:Gp,options:{capture:!0}}]);Z(this,Vp).add(()=>{f(),this.initialCoordinates=void 0})}handlePointerMove(e,t){var n;if(this.controller?.activated===!1)(n=this.controller)==null||n.onEvent(e);else if(this.manager.dragOperation.status.dragging){let n=Tl(e),r=Iu(t.element);n.x=n.x*r.scaleX+r.x,n.y=n.y*r.scaleY+r.y,e.preventDefault(),e.stopPropagation(),this.latest.event=e,this.latest.coordinates=n,Eu.schedule(this.handleMove)}}handlePointerUp(e){let{status:t}=this.manager.dragOperation;if(!t.idle){e.preventDefault(),e.stopPropagation();let n=!t.initialized;this.manager.actions.stop({event:e,canceled:n})}this.cleanup()}handleKeyDown(e){e.key===`Escape`&&(e.preventDefault(),this.handleCancel(e))}handleStart(e,t){let{manager:n,initialCoordinates:r}=this;if(!r||!n.dragOperation.status.idle||t.defaultPrevented)return;if(n.actions.start({coordinates:r,event:t,source:e}).signal.aborted)return this.cleanup();t.preventDefault();let i=bl(t.target).body;try{i.setPointerCapture(t.pointerId)}catch{this.handleCancel(t);return}let a=cd(t.target)?[t.target,i]:i,o=this.listeners.bind(a,[{type:`touchmove`,listener:Gp,options:{passive:!1}},{type:`click`,listener:Gp},{type:`contextmenu`,listener:Gp},{type:`keydown`,listener:this.handleKeyDown}]);Z(this,Vp).add(o)}handleCancel(e){let{dragOperation:t}=this.manager;t.status.initialized&&this.manager.actions.stop({event:e,canceled:!0}),this.cleanup()}cleanup(){let{controller:e}=this;this.controller=void 0,e&&!e.signal.aborted&&e.abort(),this.latest={event:void 0,coordinates:void 0},Z(this,Vp).forEach(e=>e()),Z(this,Vp).clear()}destroy(){this.cleanup(),this.listeners.clear()}};Vp=new WeakMap,Hp.configure=ms(Hp),Hp.defaults=Bp;var Up=Hp;function Wp(e){return`sensor`in e}function Gp(e){e.preventDefault()}function Kp(){}var qp=new WeakSet;function Jp(e){e&&!qp.has(e)&&(e.addEventListener(`touchmove`,Kp,{capture:!1,passive:!1}),qp.add(e))}var Yp={modifiers:[],plugins:[tf,Sp,bf,Xf,Dp],sensors:[Up,Mp]},Xp=class extends al{constructor(e={}){let t=il(e.plugins,Yp.plugins),n=il(e.sensors,Yp.sensors),r=il(e.modifiers,Yp.modifiers);super(jd(Ad({},e),{plugins:[Tp,_p,yf,...t],sensors:n,modifiers:r}))}},Zp,Qp,$p,em,tm,nm,rm=class extends ($p=$s,Qp=[K],Zp=[K],$p){constructor(e,t){var n=e,{element:r,effects:i=()=>[],handle:a}=n,o=Nd(n,[`element`,`effects`,`handle`]);super(Ad({effects:()=>[...i(),()=>{let{manager:e}=this;if(!e)return;let t=(this.sensors?.map(hs)??[...e.sensors]).map(t=>{let n=t instanceof jc?t:e.registry.register(t.plugin),r=t instanceof jc?void 0:t.options;return n.bind(this,r)});return function(){t.forEach(e=>e())}}]},o),t),Ud(this,tm,zd(em,8,this)),zd(em,11,this),Ud(this,nm,zd(em,12,this)),zd(em,15,this),this.element=r,this.handle=a}};em=Pd($p),tm=new WeakMap,nm=new WeakMap,Bd(em,4,`handle`,Qp,rm,tm),Bd(em,4,`element`,Zp,rm,nm),Rd(em,rm);var im,am,om,sm,cm,lm,um,dm,fm,pm,mm=class extends (om=pc,am=[K],im=[K],om){constructor(e,t){var n=e,{element:r,effects:i=()=>[]}=n,a=Nd(n,[`element`,`effects`]);let{collisionDetector:o=_d}=a,s=e=>{let{manager:t,element:n}=this;if(!n||e===null){this.shape=void 0;return}if(!t)return;let r=new id(n),i=G(()=>this.shape);return r&&i?.equals(r)?i:(this.shape=r,r)},c=Gi(!1);super(jd(Ad({},a),{collisionDetector:o,effects:()=>[...i(),()=>{let{element:e,manager:t}=this;if(!t)return;let{dragOperation:n}=t,{source:r}=n;c.value=!!(r&&n.status.initialized&&e&&!this.disabled&&this.accepts(r))},()=>{let{element:e}=this;if(c.value&&e){let t=new yu(e,s);return()=>{t.disconnect(),this.shape=void 0}}},()=>{if(this.manager?.dragOperation.status.initialized)return()=>{this.shape=void 0}}]}),t),Ud(this,fm),Ud(this,cm,zd(sm,8,this)),zd(sm,11,this),Ud(this,pm,zd(sm,12,this)),zd(sm,15,this),this.element=r,this.refreshShape=()=>s()}set element(e){Wd(this,fm,e,dm)}get element(){return this.proxy??Z(this,fm,um)}};sm=Pd(om),cm=new WeakMap,fm=new WeakSet,pm=new WeakMap,lm=Bd(sm,20,`#element`,am,fm,cm),um=lm.get,dm=lm.set,Bd(sm,4,`proxy`,im,mm,pm),Rd(sm,mm);function hm(e){return typeof e==`object`&&!!e&&`current`in e}function gm(e){if(e!=null)return hm(e)?e.current??void 0:e}var _m=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0?H.useLayoutEffect:H.useEffect;function vm(){let e=(0,H.useState)(0)[1];return(0,H.useCallback)(()=>{e(e=>e+1)},[e])}function ym(e,t){let n=(0,H.useRef)(new Map),r=vm();return _m(()=>{if(!e)n.current.clear();else return ta(()=>{let i=!1,a=!1;for(let r of n.current){let[o]=r,s=G(()=>r[1]),c=e[o];s!==c&&(i=!0,n.current.set(o,c),a=t?.(o,s,c)??!1)}i&&(a?queueMicrotask(()=>(0,li.flushSync)(r)):r())})},[e]),(0,H.useMemo)(()=>e&&new Proxy(e,{get(e,t){let r=e[t];return n.current.set(t,r),r}}),[e])}function bm(e,t){e()}function xm(e){let t=(0,H.useRef)(e);return _m(()=>{t.current=e},[e]),t}function Q(e,t,n=H.useEffect,r=Object.is){let i=(0,H.useRef)(e);n(()=>{let n=i.current;r(e,n)||(i.current=e,t(e,n))},[t,e])}function Sm(e,t){let n=(0,H.useRef)(gm(e));_m(()=>{let r=gm(e);r!==n.current&&(n.current=r,t(r))})}var Cm=Object.defineProperty,wm=Object.defineProperties,Tm=Object.getOwnPropertyDescriptors,Em=Object.getOwnPropertySymbols,Dm=Object.prototype.hasOwnProperty,Om=Object.prototype.propertyIsEnumerable,km=(e,t,n)=>t in e?Cm(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Am=(e,t)=>{for(var n in t||={})Dm.call(t,n)&&km(e,n,t[n]);if(Em)for(var n of Em(t))Om.call(t,n)&&km(e,n,t[n]);return e},jm=(e,t)=>wm(e,Tm(t)),Mm=(e,t)=>{var n={};for(var r in e)Dm.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Em)for(var r of Em(e))t.indexOf(r)<0&&Om.call(e,r)&&(n[r]=e[r]);return n},Nm=new Xp,Pm=(0,H.createContext)(Nm),Fm=(0,H.memo)((0,H.forwardRef)(({children:e},t)=>{let[n,r]=(0,H.useState)(0),i=(0,H.useRef)(null),a=(0,H.useRef)(null),o=(0,H.useMemo)(()=>({renderer:{get rendering(){return i.current??Promise.resolve()}},trackRendering(e){i.current||=new Promise(e=>{a.current=e}),(0,H.startTransition)(()=>{e(),r(e=>e+1)})}}),[]);return _m(()=>{var e;(e=a.current)==null||e.call(a),i.current=null},[e,n]),(0,H.useImperativeHandle)(t,()=>o),null})),Im=[void 0,Aa];function Lm(e){var t=e,{children:n,onCollision:r,onBeforeDragStart:i,onDragStart:a,onDragMove:o,onDragOver:s,onDragEnd:c}=t,l=Mm(t,[`children`,`onCollision`,`onBeforeDragStart`,`onDragStart`,`onDragMove`,`onDragOver`,`onDragEnd`]);let u=(0,H.useRef)(null),{plugins:d,modifiers:f,sensors:p}=l,m=il(d,Yp.plugins),h=il(p,Yp.sensors),g=il(f,Yp.modifiers),_=xm(i),v=xm(a),y=xm(s),b=xm(o),x=xm(c),S=xm(r),C=Rm(()=>l.manager??new Xp(l));return(0,H.useEffect)(()=>{if(!u.current)throw Error(`Renderer not found`);let{renderer:e,trackRendering:t}=u.current,{monitor:n}=C;C.renderer=e;let r=[n.addEventListener(`beforedragstart`,e=>{let n=_.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragstart`,e=>v.current?.call(v,e,C)),n.addEventListener(`dragover`,e=>{let n=y.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragmove`,e=>{let n=b.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragend`,e=>{let n=x.current;n&&t(()=>n(e,C))}),n.addEventListener(`collision`,e=>S.current?.call(S,e,C))];return()=>r.forEach(e=>e())},[C]),Q(m,()=>C&&(C.plugins=m),...Im),Q(h,()=>C&&(C.sensors=h),...Im),Q(g,()=>C&&(C.modifiers=g),...Im),(0,U.jsxs)(Pm.Provider,{value:C,children:[(0,U.jsx)(Fm,{ref:u,children:n}),n]})}function Rm(e){let t=(0,H.useRef)(null);return t.current||=e(),(0,H.useInsertionEffect)(()=>()=>t.current?.destroy(),[]),t.current}function zm(){return(0,H.useContext)(Pm)}function Bm(e){let t=zm()??void 0,[n]=(0,H.useState)(()=>e(t));return n.manager!==t&&(n.manager=t),_m(n.register,[t,n]),n}function Vm(e){let{disabled:t,data:n,element:r,handle:i,id:a,modifiers:o,sensors:s,plugins:c}=e,l=Bm(t=>new rm(jm(Am({},e),{register:!1,handle:gm(i),element:gm(r)}),t)),u=ym(l,Hm);return Q(a,()=>l.id=a),Sm(i,e=>l.handle=e),Sm(r,e=>l.element=e),Q(n,()=>n&&(l.data=n)),Q(t,()=>l.disabled=t===!0),Q(s,()=>l.sensors=s),Q(o,()=>l.modifiers=o,void 0,Aa),Q(c,()=>l.plugins=c,void 0,Aa),Q(e.alignment,()=>l.alignment=e.alignment),{draggable:u,get isDragging(){return u.isDragging},get isDropping(){return u.isDropping},get isDragSource(){return u.isDragSource},handleRef:(0,H.useCallback)(e=>{l.handle=e??void 0},[l]),ref:(0,H.useCallback)(e=>{(e||!l.element?.isConnected||l.manager?.dragOperation.status.idle)&&(l.element=e??void 0)},[l])}}function Hm(e,t,n){return!(e!==`isDragSource`||n||!t)}var Um=Object.create,Wm=Object.defineProperty,Gm=Object.getOwnPropertyDescriptor,Km=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),qm=e=>{throw TypeError(e)},Jm=(e,t,n)=>t in e?Wm(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Ym=e=>[,,,Um(e?.[Km(`metadata`)]??null)],Xm=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Zm=e=>e!==void 0&&typeof e!=`function`?qm(`Function expected`):e,Qm=(e,t,n,r,i)=>({kind:Xm[e],name:t,metadata:r,addInitializer:e=>n._?qm(`Already initialized`):i.push(Zm(e||null))}),$m=(e,t)=>Jm(t,Km(`metadata`),e[3]),eh=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)a[i].call(n);return r},th=(e,t,n,r,i,a)=>{for(var o,s,c,l,u=t&7,d=!1,f=!1,p=2,m=Xm[u+5],h=e[p]||(e[p]=[]),g=(i=i.prototype,Gm(i,n)),_=r.length-1;_>=0;_--)c=Qm(u,n,s={},e[3],h),c.static=d,c.private=f,l=c.access={has:e=>n in e},l.get=e=>e[n],o=(0,r[_])(g[m],c),s._=1,Zm(o)&&(g[m]=o);return g&&Wm(i,n,g),i},nh=(e,t,n)=>t.has(e)||qm(`Cannot `+n),rh=(e,t,n)=>(nh(e,t,`read from private field`),t.get(e)),ih=(e,t,n)=>t.has(e)?qm(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),ah=(e,t,n,r)=>(nh(e,t,`write to private field`),t.set(e,n),n),oh=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},sh,ch,lh,uh,dh,fh=class extends (lh=eo,ch=[ja],sh=[ja],lh){constructor(e){let t=oh.from(e);super(t,(e,t)=>oh.equals(e,t)),eh(dh,5,this),ih(this,uh,0),this.velocity={x:0,y:0}}get delta(){return oh.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=oh.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-rh(this,uh),o=e=>Math.round(e/a*100);Pi(()=>{ah(this,uh,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(oh.from(e)),this.velocity={x:0,y:0}}};dh=Ym(lh),uh=new WeakMap,th(dh,2,`delta`,ch,fh),th(dh,2,`direction`,sh,fh),$m(dh,fh);var ph=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(ph||{});Object.values(ph);var mh=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/oh.distance(t.shape.center,n),type:yc.PointerIntersection,priority:vc.High}:null},hh=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=oh.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:yc.ShapeIntersection,priority:vc.Normal}}return null},gh=e=>mh(e)??hh(e);function _h(e){let{collisionDetector:t,data:n,disabled:r,element:i,id:a,accept:o,type:s}=e,c=Bm(t=>new mm(jm(Am({},e),{register:!1,element:gm(i)}),t)),l=ym(c);return Q(a,()=>c.id=a),Sm(i,e=>c.element=e),Q(o,()=>c.accept=o,void 0,Aa),Q(t,()=>c.collisionDetector=t??gh),Q(n,()=>n&&(c.data=n)),Q(r,()=>c.disabled=r===!0),Q(s,()=>c.type=s),{droppable:l,get isDropTarget(){return l.isDropTarget},ref:(0,H.useCallback)(e=>{(e||!c.element?.isConnected||c.manager?.dragOperation.status.idle)&&(c.element=e??void 0)},[c])}}var vh=Object.create,yh=Object.defineProperty,bh=Object.defineProperties,xh=Object.getOwnPropertyDescriptor,Sh=Object.getOwnPropertyDescriptors,Ch=Object.getOwnPropertySymbols,wh=Object.prototype.hasOwnProperty,Th=Object.prototype.propertyIsEnumerable,Eh=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Dh=e=>{throw TypeError(e)},Oh=(e,t,n)=>t in e?yh(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,kh=(e,t)=>{for(var n in t||={})wh.call(t,n)&&Oh(e,n,t[n]);if(Ch)for(var n of Ch(t))Th.call(t,n)&&Oh(e,n,t[n]);return e},Ah=(e,t)=>bh(e,Sh(t)),jh=(e,t)=>{var n={};for(var r in e)wh.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Ch)for(var r of Ch(e))t.indexOf(r)<0&&Th.call(e,r)&&(n[r]=e[r]);return n},Mh=e=>[,,,vh(null)],Nh=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Ph=e=>e!==void 0&&typeof e!=`function`?Dh(`Function expected`):e,Fh=(e,t,n,r,i)=>({kind:Nh[e],name:t,metadata:r,addInitializer:e=>n._?Dh(`Already initialized`):i.push(Ph(e||null))}),Ih=(e,t)=>Oh(t,Eh(`metadata`),e[3]),Lh=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Rh=(e,t,n,r,i,a)=>{for(var o,s,c,l,u,d=t&7,f=!1,p=!1,m=e.length+1,h=Nh[d+5],g=e[m-1]=[],_=e[m]||(e[m]=[]),v=(i=i.prototype,xh({get[n](){return Bh(this,a)},set[n](e){return Hh(this,a,e)}},n)),y=r.length-1;y>=0;y--)l=Fh(d,n,c={},e[3],_),l.static=f,l.private=p,u=l.access={has:e=>n in e},u.get=e=>e[n],u.set=(e,t)=>e[n]=t,s=(0,r[y])({get:v.get,set:v.set},l),c._=1,s===void 0?Ph(s)&&(v[h]=s):typeof s!=`object`||!s?Dh(`Object expected`):(Ph(o=s.get)&&(v.get=o),Ph(o=s.set)&&(v.set=o),Ph(o=s.init)&&g.unshift(o));return v&&yh(i,n,v),i},zh=(e,t,n)=>t.has(e)||Dh(`Cannot `+n),Bh=(e,t,n)=>(zh(e,t,`read from private field`),t.get(e)),Vh=(e,t,n)=>t.has(e)?Dh(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Hh=(e,t,n,r)=>(zh(e,t,`write to private field`),t.set(e,n),n);function Uh(e){return e instanceof wg||e instanceof Cg}var Wh=10,Gh=class extends bs{constructor(e){super(e);let t=ta(()=>{let{dragOperation:t}=e;if(ld(t.activatorEvent)&&Uh(t.source)&&t.status.initialized){let t=e.registry.plugins.get(_p);if(t)return t.disable(),()=>t.enable()}}),n=e.monitor.addEventListener(`dragmove`,(e,t)=>{queueMicrotask(()=>{if(this.disabled||e.defaultPrevented||!e.nativeEvent)return;let{dragOperation:n}=t;if(!ld(e.nativeEvent)||!Uh(n.source)||!n.shape)return;let{actions:r,collisionObserver:i,registry:a}=t,{by:o}=e;if(!o)return;let s=Kh(o),{source:c,target:l}=n,{center:u}=n.shape.current,d=[],f=[];Pi(()=>{for(let e of a.droppables){let{id:t}=e;if(!e.accepts(c)||t===l?.id&&Uh(e)||!e.element)continue;let n=e.shape,r=new id(e.element,{getBoundingClientRect:e=>wl(e,void 0,.2)});r.height&&r.width&&(s==`down`&&u.y+Wh<r.center.y||s==`up`&&u.y-Wh>r.center.y||s==`left`&&u.x-Wh>r.center.x||s==`right`&&u.x+Wh<r.center.x)&&(d.push(e),e.shape=r,f.push(()=>e.shape=n))}}),e.preventDefault(),i.disable();let p=i.computeCollisions(d,vd);Pi(()=>f.forEach(e=>e()));let[m]=p;if(!m)return;let{id:h}=m,{index:g,group:_}=c.sortable;r.setDropTarget(h).then(()=>{let{source:e,target:t,shape:a}=n;if(!e||!Uh(e)||!a)return;let{index:o,group:s,target:c}=e.sortable,l=g!==o||_!==s,u=l?c:t?.element;if(!u)return;Ku(u);let d=new id(u);if(!d)return;let f=jo.delta(d,jo.from(a.current.boundingRectangle),e.alignment);r.move({by:f}),l?r.setDropTarget(e.id).then(()=>i.enable()):i.enable()})})});this.destroy=()=>{n(),t()}}};function Kh(e){let{x:t,y:n}=e;if(t>0)return`right`;if(t<0)return`left`;if(n>0)return`down`;if(n<0)return`up`}var qh=Object.defineProperty,Jh=Object.defineProperties,Yh=Object.getOwnPropertyDescriptors,Xh=Object.getOwnPropertySymbols,Zh=Object.prototype.hasOwnProperty,Qh=Object.prototype.propertyIsEnumerable,$h=(e,t,n)=>t in e?qh(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,eg=(e,t)=>{for(var n in t||={})Zh.call(t,n)&&$h(e,n,t[n]);if(Xh)for(var n of Xh(t))Qh.call(t,n)&&$h(e,n,t[n]);return e},tg=(e,t)=>Jh(e,Yh(t));function ng(e,t,n){if(t===n)return e;let r=e.slice();return r.splice(n,0,r.splice(t,1)[0]),r}function rg(e){return`initialIndex`in e&&typeof e.initialIndex==`number`&&`index`in e&&typeof e.index==`number`}function ig(e,t,n){let{source:r,target:i,canceled:a}=t.operation;if(!r||!i||a)return`preventDefault`in t&&t.preventDefault(),e;let o=(e,t)=>e===t||typeof e==`object`&&`id`in e&&e.id===t;if(Array.isArray(e)){let s=e.findIndex(e=>o(e,r.id)),c=e.findIndex(e=>o(e,i.id));if(s===-1||c===-1){if(rg(r)){let i=r.initialIndex,a=r.index;return i===a||i<0||i>=e.length?(`preventDefault`in t&&t.preventDefault(),e):n(e,i,a)}return e}if(!a&&`index`in r&&typeof r.index==`number`){let t=r.index;if(t!==s)return n(e,s,t)}return n(e,s,c)}let s=Object.entries(e),c=-1,l,u=-1,d;for(let[e,t]of s)if(c===-1&&(c=t.findIndex(e=>o(e,r.id)),c!==-1&&(l=e)),u===-1&&(u=t.findIndex(e=>o(e,i.id)),u!==-1&&(d=e)),c!==-1&&u!==-1)break;if(c===-1&&rg(r)){let i=r.initialGroup,a=r.initialIndex,o=r.group,s=r.index;if(i==null||o==null||!(i in e)||!(o in e)||i===o&&a===s)return`preventDefault`in t&&t.preventDefault(),e;if(i===o)return tg(eg({},e),{[i]:n(e[i],a,s)});let c=e[i][a];return tg(eg({},e),{[i]:[...e[i].slice(0,a),...e[i].slice(a+1)],[o]:[...e[o].slice(0,s),c,...e[o].slice(s)]})}if(!r.manager)return e;let{dragOperation:f}=r.manager,p=f.shape?.current.center??f.position.current;if(d==null&&i.id in e){let t=i.shape&&p.y>i.shape.center.y?e[i.id].length:0;d=i.id,u=t}if(l==null||d==null||l===d&&c===u){if(l!=null&&l===d&&c===u&&rg(r)){let t=r.group!=null&&r.group!==l,i=r.index!==c;if(t||i){let t=r.group??l;if(t in e){if(l===t)return tg(eg({},e),{[l]:n(e[l],c,r.index)});let i=e[l][c];return tg(eg({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[t]:[...e[t].slice(0,r.index),i,...e[t].slice(r.index)]})}}}return`preventDefault`in t&&t.preventDefault(),e}if(l===d)return tg(eg({},e),{[l]:n(e[l],c,u)});let m=i.shape&&Math.round(p.y)>Math.round(i.shape.center.y)?1:0,h=e[l][c];return tg(eg({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[d]:[...e[d].slice(0,u+m),h,...e[d].slice(u+m)]})}function ag(e,t){return ig(e,t,ng)}var og=`__default__`,sg=class extends bs{constructor(e){super(e);let t=()=>{let t=new Map;for(let n of e.registry.droppables)if(n instanceof wg){let{sortable:e}=n,{group:r}=e,i=t.get(r);i||(i=new Set,t.set(r,i)),i.add(e)}for(let[e,n]of t)t.set(e,new Set(ug(n)));return t},n=[e.monitor.addEventListener(`dragover`,(e,n)=>{if(this.disabled)return;let{dragOperation:r}=n,{source:i,target:a}=r;if(!Uh(i)||!Uh(a)||i.sortable===a.sortable)return;let o=t(),s=i.sortable.group===a.sortable.group,c=o.get(i.sortable.group),l=s?c:o.get(a.sortable.group);c&&l&&queueMicrotask(()=>{e.defaultPrevented||n.renderer.rendering.then(()=>{let r=t();for(let[e,t]of o.entries()){let n=Array.from(t).entries();for(let[t,i]of n)if(i.index!==t||i.group!==e||!r.get(e)?.has(i))return}let u=i.sortable.element,d=a.sortable.element;if(!d||!u||!s&&a.id===i.sortable.group)return;let f=ug(c),p=s?f:ug(l),m=i.sortable.group??og,h=a.sortable.group??og,g={[m]:f,[h]:p},_=ag(g,e);if(g===_)return;let v=_[h].indexOf(i.sortable),y=_[h].indexOf(a.sortable);n.collisionObserver.disable(),cg(u,v,d,y),Pi(()=>{for(let[e,t]of _[m].entries())t.index=e;if(!s)for(let[e,t]of _[h].entries())t.group=a.sortable.group,t.index=e}),n.actions.setDropTarget(i.id).then(()=>n.collisionObserver.enable())})})}),e.monitor.addEventListener(`dragend`,(e,n)=>{if(!e.canceled)return;let{dragOperation:r}=n,{source:i}=r;Uh(i)&&(i.sortable.initialIndex!==i.sortable.index||i.sortable.initialGroup!==i.sortable.group)&&queueMicrotask(()=>{let e=t(),r=e.get(i.sortable.initialGroup);r&&n.renderer.rendering.then(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).entries();for(let[n,r]of e)if(r.index!==n||r.group!==t)return}let t=ug(r),n=i.sortable.element,a=t[i.sortable.initialIndex],o=a?.element;a&&o&&n&&(cg(n,a.index,o,i.index),Pi(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).values();for(let t of e)t.index=t.initialIndex,t.group=t.initialGroup}}))})})})];this.destroy=()=>{for(let e of n)e()}}};function cg(e,t,n,r){let i=r<t?`afterend`:`beforebegin`;n.insertAdjacentElement(i,e)}function lg(e,t){return e.index-t.index}function ug(e){return Array.from(e).sort(lg)}var dg=[Gh,sg],fg={duration:250,easing:`cubic-bezier(0.25, 1, 0.5, 1)`,idle:!1},pg=new ro,mg,hg=[K],gg,_g,vg,yg,bg,xg;mg=[K];var Sg=class{constructor(e,t){Vh(this,_g,Lh(gg,8,this)),Lh(gg,11,this),Vh(this,vg),Vh(this,yg),Vh(this,bg,Lh(gg,12,this)),Lh(gg,15,this),Vh(this,xg),this.register=()=>(Pi(()=>{var e,t;(e=this.manager)==null||e.registry.register(this.droppable),(t=this.manager)==null||t.registry.register(this.draggable)}),()=>this.unregister()),this.unregister=()=>{Pi(()=>{var e,t;(e=this.manager)==null||e.registry.unregister(this.droppable),(t=this.manager)==null||t.registry.unregister(this.draggable)})},this.destroy=()=>{Pi(()=>{this.droppable.destroy(),this.draggable.destroy()})};var n=e,{effects:r=()=>[],group:i,index:a,sensors:o,type:s,transition:c=fg,plugins:l}=n,u=jh(n,[`effects`,`group`,`index`,`sensors`,`type`,`transition`,`plugins`]);let d=il(l,dg);this.droppable=new wg(u,t,this),this.draggable=new Cg(Ah(kh({},u),{plugins:d,effects:()=>[()=>{let e=this.manager?.dragOperation.status;e?.initializing&&this.id===this.manager?.dragOperation.source?.id&&pg.clear(this.manager),e?.dragging&&pg.set(this.manager,this.id,G(()=>({initialIndex:this.index,initialGroup:this.group})))},()=>{let{index:e,group:t,manager:n}=this,r=Bh(this,yg),i=Bh(this,vg);(e!==r||t!==i)&&(Hh(this,yg,e),Hh(this,vg,t),this.animate())},()=>{let{target:e}=this,{isDragSource:t}=this.draggable;(this.draggable.pluginConfig(Xf)?.feedback??`default`)===`move`&&t&&(this.droppable.disabled=!e)},...r()],type:s,sensors:o}),t,this),Hh(this,xg,u.element),this.manager=t,this.index=a,Hh(this,yg,a),this.group=i,Hh(this,vg,i),this.type=s,this.transition=c}get initialIndex(){return pg.get(this.manager,this.id)?.initialIndex??this.index}get initialGroup(){return pg.get(this.manager,this.id)?.initialGroup??this.group}animate(){G(()=>{let{manager:e,transition:t}=this,{shape:n}=this.droppable;if(!e)return;let{idle:r}=e.dragOperation.status;n&&t&&(!r||t.idle)&&e.renderer.rendering.then(()=>{let{element:r}=this;if(!r)return;for(let e of r.getAnimations())`transitionProperty`in e&&(e.transitionProperty===`transform`||e.transitionProperty===`translate`||e.transitionProperty===`scale`)&&e.cancel();let i=this.refreshShape();if(!i)return;let a={x:n.boundingRectangle.left-i.boundingRectangle.left,y:n.boundingRectangle.top-i.boundingRectangle.top},{translate:o}=Au(r),s=Qu(r,o,!1),c=Qu(r,o);if(a.x||a.y){let n=Ml(gl(r))?Ah(kh({},t),{duration:0}):t;Zu({element:r,keyframes:{translate:[`${s.x+a.x}px ${s.y+a.y}px ${s.z}`,`${c.x}px ${c.y}px ${c.z}`]},options:n}).then(()=>{e.dragOperation.status.dragging||(this.droppable.shape=void 0)})}})})}get manager(){return this.draggable.manager}set manager(e){Pi(()=>{this.draggable.manager=e,this.droppable.manager=e})}set element(e){Pi(()=>{let t=Bh(this,xg),n=this.droppable.element,r=this.draggable.element;n&&n!==t||(this.droppable.element=e),r&&r!==t||(this.draggable.element=e),Hh(this,xg,e)})}get element(){let e=Bh(this,xg);if(e)return Rl.get(e)??e??this.droppable.element}set target(e){this.droppable.element=e}get target(){return this.droppable.element}set source(e){this.draggable.element=e}get source(){return this.draggable.element}get disabled(){return this.draggable.disabled&&this.droppable.disabled}set plugins(e){this.draggable.plugins=il(e,dg)}set disabled(e){Pi(()=>{this.droppable.disabled=e,this.draggable.disabled=e})}set data(e){Pi(()=>{this.droppable.data=e,this.draggable.data=e})}set handle(e){this.draggable.handle=e}set id(e){this.droppable.id=e,this.draggable.id=e}get id(){return this.droppable.id}set sensors(e){this.draggable.sensors=e}set modifiers(e){this.draggable.modifiers=e}set collisionPriority(e){this.droppable.collisionPriority=e}set collisionDetector(e){this.droppable.collisionDetector=e??_d}set alignment(e){this.draggable.alignment=e}get alignment(){return this.draggable.alignment}set type(e){Pi(()=>{this.droppable.type=e,this.draggable.type=e})}get type(){return this.draggable.type}set accept(e){this.droppable.accept=e}get accept(){return this.droppable.accept}get isDropTarget(){return this.droppable.isDropTarget}get isDragSource(){return this.draggable.isDragSource}get isDragging(){return this.draggable.isDragging}get isDropping(){return this.draggable.isDropping}get status(){return this.draggable.status}refreshShape(){return this.droppable.refreshShape()}accepts(e){return this.droppable.accepts(e)}};gg=Mh(),_g=new WeakMap,vg=new WeakMap,yg=new WeakMap,bg=new WeakMap,xg=new WeakMap,Rh(gg,4,`index`,hg,Sg,_g),Rh(gg,4,`group`,mg,Sg,bg),Ih(gg,Sg);var Cg=class extends rm{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get initialIndex(){return this.sortable.initialIndex}get group(){return this.sortable.group}get initialGroup(){return this.sortable.initialGroup}},wg=class extends mm{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get group(){return this.sortable.group}},Tg=Object.defineProperty,Eg=Object.defineProperties,Dg=Object.getOwnPropertyDescriptors,Og=Object.getOwnPropertySymbols,kg=Object.prototype.hasOwnProperty,Ag=Object.prototype.propertyIsEnumerable,jg=(e,t,n)=>t in e?Tg(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Mg=(e,t)=>{for(var n in t||={})kg.call(t,n)&&jg(e,n,t[n]);if(Og)for(var n of Og(t))Ag.call(t,n)&&jg(e,n,t[n]);return e},Ng=(e,t)=>Eg(e,Dg(t));function Pg(e){let{accept:t,collisionDetector:n,collisionPriority:r,id:i,data:a,element:o,handle:s,index:c,group:l,disabled:u,modifiers:d,sensors:f,target:p,type:m,plugins:h}=e,g=Mg(Mg({},fg),e.transition),_=Bm(t=>new Sg(Ng(Mg({},e),{transition:g,register:!1,handle:gm(s),element:gm(o),target:gm(p)}),t)),v=ym(_,Fg);return Q(i,()=>_.id=i),_m(()=>{Pi(()=>{_.group=l,_.index=c})},[_,l,c]),Q(m,()=>_.type=m),Q(t,()=>_.accept=t,void 0,Aa),Q(a,()=>a&&(_.data=a)),Q(c,()=>{_.manager?.dragOperation.status.idle&&g?.idle&&_.refreshShape()},bm),Sm(s,e=>_.handle=e),Sm(o,e=>_.element=e),Sm(p,e=>_.target=e),Q(u,()=>_.disabled=u===!0),Q(f,()=>_.sensors=f),Q(n,()=>_.collisionDetector=n),Q(r,()=>_.collisionPriority=r),Q(h,()=>_.plugins=h,void 0,Aa),Q(g,()=>_.transition=g,void 0,Aa),Q(d,()=>_.modifiers=d,void 0,Aa),Q(e.alignment,()=>_.alignment=e.alignment),{sortable:v,get isDragging(){return v.isDragging},get isDropping(){return v.isDropping},get isDragSource(){return v.isDragSource},get isDropTarget(){return v.isDropTarget},handleRef:(0,H.useCallback)(e=>{_.handle=e??void 0},[_]),ref:(0,H.useCallback)(e=>{(e||!_.element?.isConnected||_.manager?.dragOperation.status.idle)&&(_.element=e??void 0)},[_]),sourceRef:(0,H.useCallback)(e=>{(e||!_.source?.isConnected||_.manager?.dragOperation.status.idle)&&(_.source=e??void 0)},[_]),targetRef:(0,H.useCallback)(e=>{(e||!_.target?.isConnected||_.manager?.dragOperation.status.idle)&&(_.target=e??void 0)},[_])}}function Fg(e,t,n){return!(e!==`isDragSource`||n||!t)}var Ig=wt(Tt(((e,t)=>{(function(n){var r;typeof e==`object`?t.exports=n():typeof define==`function`&&define.amd?define(n):(typeof window<`u`?r=window:typeof global<`u`?r=global:typeof self<`u`&&(r=self),r.objectHash=n())})(function(){return function e(t,n,r){function i(o,s){if(!n[o]){if(!t[o]){var c=typeof St==`function`&&St;if(!s&&c)return c(o,!0);if(a)return a(o,!0);throw Error(`Cannot find module '`+o+`'`)}s=n[o]={exports:{}},t[o][0].call(s.exports,function(e){var n=t[o][1][e];return i(n||e)},s,s.exports,e,t,n,r)}return n[o].exports}for(var a=typeof St==`function`&&St,o=0;o<r.length;o++)i(r[o]);return i}({1:[function(e,t,n){(function(r,i,a,o,s,c,l,u,d){var f=e(`crypto`);function p(e,t){t=g(e,t);var n;return(n=t.algorithm===`passthrough`?new y:f.createHash(t.algorithm)).write===void 0&&(n.write=n.update,n.end=n.update),v(t,n).dispatch(e),n.update||n.end(``),n.digest?n.digest(t.encoding===`buffer`?void 0:t.encoding):(e=n.read(),t.encoding===`buffer`?e:e.toString(t.encoding))}(n=t.exports=p).sha1=function(e){return p(e)},n.keys=function(e){return p(e,{excludeValues:!0,algorithm:`sha1`,encoding:`hex`})},n.MD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`})},n.keysMD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`,excludeValues:!0})};var m=f.getHashes?f.getHashes().slice():[`sha1`,`md5`],h=(m.push(`passthrough`),[`buffer`,`hex`,`binary`,`base64`]);function g(e,t){var n={};if(n.algorithm=(t||={}).algorithm||`sha1`,n.encoding=t.encoding||`hex`,n.excludeValues=!!t.excludeValues,n.algorithm=n.algorithm.toLowerCase(),n.encoding=n.encoding.toLowerCase(),n.ignoreUnknown=!0===t.ignoreUnknown,n.respectType=!1!==t.respectType,n.respectFunctionNames=!1!==t.respectFunctionNames,n.respectFunctionProperties=!1!==t.respectFunctionProperties,n.unorderedArrays=!0===t.unorderedArrays,n.unorderedSets=!1!==t.unorderedSets,n.unorderedObjects=!1!==t.unorderedObjects,n.replacer=t.replacer||void 0,n.excludeKeys=t.excludeKeys||void 0,e===void 0)throw Error(`Object argument required.`);for(var r=0;r<m.length;++r)m[r].toLowerCase()===n.algorithm.toLowerCase()&&(n.algorithm=m[r]);if(m.indexOf(n.algorithm)===-1)throw Error(`Algorithm "`+n.algorithm+`"  not supported. supported values: `+m.join(`, `));if(h.indexOf(n.encoding)===-1&&n.algorithm!==`passthrough`)throw Error(`Encoding "`+n.encoding+`"  not supported. supported values: `+h.join(`, `));return n}function _(e){if(typeof e==`function`)return/^function\s+\w*\s*\(\s*\)\s*{\s+\[native code\]\s+}$/i.exec(Function.prototype.toString.call(e))!=null}function v(e,t,n){n||=[];function r(e){return t.update?t.update(e,`utf8`):t.write(e,`utf8`)}return{dispatch:function(t){return this[`_`+((t=e.replacer?e.replacer(t):t)===null?`null`:typeof t)](t)},_object:function(t){var i,o=Object.prototype.toString.call(t),s=/\[object (.*)\]/i.exec(o);if(s=(s=s?s[1]:`unknown:[`+o+`]`).toLowerCase(),0<=(o=n.indexOf(t)))return this.dispatch(`[CIRCULAR:`+o+`]`);if(n.push(t),a!==void 0&&a.isBuffer&&a.isBuffer(t))return r(`buffer:`),r(t);if(s===`object`||s===`function`||s===`asyncfunction`)return o=Object.keys(t),e.unorderedObjects&&(o=o.sort()),!1===e.respectType||_(t)||o.splice(0,0,`prototype`,`__proto__`,`constructor`),e.excludeKeys&&(o=o.filter(function(t){return!e.excludeKeys(t)})),r(`object:`+o.length+`:`),i=this,o.forEach(function(n){i.dispatch(n),r(`:`),e.excludeValues||i.dispatch(t[n]),r(`,`)});if(!this[`_`+s]){if(e.ignoreUnknown)return r(`[`+s+`]`);throw Error(`Unknown object type "`+s+`"`)}this[`_`+s](t)},_array:function(t,i){i=i===void 0?!1!==e.unorderedArrays:i;var a=this;if(r(`array:`+t.length+`:`),!i||t.length<=1)return t.forEach(function(e){return a.dispatch(e)});var o=[],i=t.map(function(t){var r=new y,i=n.slice();return v(e,r,i).dispatch(t),o=o.concat(i.slice(n.length)),r.read().toString()});return n=n.concat(o),i.sort(),this._array(i,!1)},_date:function(e){return r(`date:`+e.toJSON())},_symbol:function(e){return r(`symbol:`+e.toString())},_error:function(e){return r(`error:`+e.toString())},_boolean:function(e){return r(`bool:`+e.toString())},_string:function(e){r(`string:`+e.length+`:`),r(e.toString())},_function:function(t){r(`fn:`),_(t)?this.dispatch(`[native]`):this.dispatch(t.toString()),!1!==e.respectFunctionNames&&this.dispatch(`function-name:`+String(t.name)),e.respectFunctionProperties&&this._object(t)},_number:function(e){return r(`number:`+e.toString())},_xml:function(e){return r(`xml:`+e.toString())},_null:function(){return r(`Null`)},_undefined:function(){return r(`Undefined`)},_regexp:function(e){return r(`regex:`+e.toString())},_uint8array:function(e){return r(`uint8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint8clampedarray:function(e){return r(`uint8clampedarray:`),this.dispatch(Array.prototype.slice.call(e))},_int8array:function(e){return r(`int8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint16array:function(e){return r(`uint16array:`),this.dispatch(Array.prototype.slice.call(e))},_int16array:function(e){return r(`int16array:`),this.dispatch(Array.prototype.slice.call(e))},_uint32array:function(e){return r(`uint32array:`),this.dispatch(Array.prototype.slice.call(e))},_int32array:function(e){return r(`int32array:`),this.dispatch(Array.prototype.slice.call(e))},_float32array:function(e){return r(`float32array:`),this.dispatch(Array.prototype.slice.call(e))},_float64array:function(e){return r(`float64array:`),this.dispatch(Array.prototype.slice.call(e))},_arraybuffer:function(e){return r(`arraybuffer:`),this.dispatch(new Uint8Array(e))},_url:function(e){return r(`url:`+e.toString())},_map:function(t){return r(`map:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_set:function(t){return r(`set:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_file:function(e){return r(`file:`),this.dispatch([e.name,e.size,e.type,e.lastModfied])},_blob:function(){if(e.ignoreUnknown)return r(`[blob]`);throw Error(`Hashing Blob objects is currently not supported
(see https://github.com/puleos/object-hash/issues/26)
Use "options.replacer" or "options.ignoreUnknown"
`)},_domwindow:function(){return r(`domwindow`)},_bigint:function(e){return r(`bigint:`+e.toString())},_process:function(){return r(`process`)},_timer:function(){return r(`timer`)},_pipe:function(){return r(`pipe`)},_tcp:function(){return r(`tcp`)},_udp:function(){return r(`udp`)},_tty:function(){return r(`tty`)},_statwatcher:function(){return r(`statwatcher`)},_securecontext:function(){return r(`securecontext`)},_connection:function(){return r(`connection`)},_zlib:function(){return r(`zlib`)},_context:function(){return r(`context`)},_nodescript:function(){return r(`nodescript`)},_httpparser:function(){return r(`httpparser`)},_dataview:function(){return r(`dataview`)},_signal:function(){return r(`signal`)},_fsevent:function(){return r(`fsevent`)},_tlswrap:function(){return r(`tlswrap`)}}}function y(){return{buf:``,write:function(e){this.buf+=e},end:function(e){this.buf+=e},read:function(){return this.buf}}}n.writeToStream=function(e,t,n){return n===void 0&&(n=t,t={}),v(t=g(e,t),n).dispatch(e)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/fake_9a5aa49d.js`,`/`)},{buffer:3,crypto:5,lYpoI2:11}],2:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){(function(e){var t=typeof Uint8Array<`u`?Uint8Array:Array,n=43,r=47,i=48,a=97,o=65,s=45,c=95;function l(e){return e=e.charCodeAt(0),e===n||e===s?62:e===r||e===c?63:e<i?-1:e<i+10?e-i+26+26:e<o+26?e-o:e<a+26?e-a+26:void 0}e.toByteArray=function(e){var n,r;if(0<e.length%4)throw Error(`Invalid string. Length must be a multiple of 4`);var i=e.length,i=e.charAt(i-2)===`=`?2:+(e.charAt(i-1)===`=`),a=new t(3*e.length/4-i),o=0<i?e.length-4:e.length,s=0;function c(e){a[s++]=e}for(n=0;n<o;n+=4)c((16711680&(r=l(e.charAt(n))<<18|l(e.charAt(n+1))<<12|l(e.charAt(n+2))<<6|l(e.charAt(n+3))))>>16),c((65280&r)>>8),c(255&r);return i==2?c(255&(r=l(e.charAt(n))<<2|l(e.charAt(n+1))>>4)):i==1&&(c((r=l(e.charAt(n))<<10|l(e.charAt(n+1))<<4|l(e.charAt(n+2))>>2)>>8&255),c(255&r)),a},e.fromByteArray=function(e){var t,n,r,i,a=e.length%3,o=``;function s(e){return`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`.charAt(e)}for(t=0,r=e.length-a;t<r;t+=3)n=(e[t]<<16)+(e[t+1]<<8)+e[t+2],o+=s((i=n)>>18&63)+s(i>>12&63)+s(i>>6&63)+s(63&i);switch(a){case 1:o=(o+=s((n=e[e.length-1])>>2))+s(n<<4&63)+`==`;break;case 2:o=(o=(o+=s((n=(e[e.length-2]<<8)+e[e.length-1])>>10))+s(n>>4&63))+s(n<<2&63)+`=`}return o}})(n===void 0?this.base64js={}:n)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/base64-js/lib/b64.js`,`/node_modules/gulp-browserify/node_modules/base64-js/lib`)},{buffer:3,lYpoI2:11}],3:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var d=e(`base64-js`),f=e(`ieee754`);function i(e,t,n){if(!(this instanceof i))return new i(e,t,n);var r,a,o,s,c=typeof e;if(t===`base64`&&c==`string`)for(e=(s=e).trim?s.trim():s.replace(/^\s+|\s+$/g,``);e.length%4!=0;)e+=`=`;if(c==`number`)r=k(e);else if(c==`string`)r=i.byteLength(e,t);else{if(c!=`object`)throw Error(`First argument needs to be a number, array or string.`);r=k(e.length)}if(i._useTypedArrays?a=i._augment(new Uint8Array(r)):((a=this).length=r,a._isBuffer=!0),i._useTypedArrays&&typeof e.byteLength==`number`)a._set(e);else if(te(s=e)||i.isBuffer(s)||s&&typeof s==`object`&&typeof s.length==`number`)for(o=0;o<r;o++)i.isBuffer(e)?a[o]=e.readUInt8(o):a[o]=e[o];else if(c==`string`)a.write(e,0,t);else if(c==`number`&&!i._useTypedArrays&&!n)for(o=0;o<r;o++)a[o]=0;return a}function p(e,t,n,r){return i._charsWritten=j(function(e){for(var t=[],n=0;n<e.length;n++)t.push(255&e.charCodeAt(n));return t}(t),e,n,r)}function m(e,t,n,r){return i._charsWritten=j(function(e){for(var t,n,r=[],i=0;i<e.length;i++)n=e.charCodeAt(i),t=n>>8,n%=256,r.push(n),r.push(t);return r}(t),e,n,r)}function h(e,t,n){var r=``;n=Math.min(e.length,n);for(var i=t;i<n;i++)r+=String.fromCharCode(e[i]);return r}function g(e,t,n,r){r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t!=null,`missing offset`),N(t+1<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(i=e[t],t+1<r&&(i|=e[t+1]<<8)):(i=e[t]<<8,t+1<r&&(i|=e[t+1])),i}function _(e,t,n,r){r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t!=null,`missing offset`),N(t+3<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(t+2<r&&(i=e[t+2]<<16),t+1<r&&(i|=e[t+1]<<8),i|=e[t],t+3<r&&(i+=e[t+3]<<24>>>0)):(t+1<r&&(i=e[t+1]<<16),t+2<r&&(i|=e[t+2]<<8),t+3<r&&(i|=e[t+3]),i+=e[t]<<24>>>0),i}function v(e,t,n,r){if(r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t!=null,`missing offset`),N(t+1<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=g(e,t,n,!0),32768&r?-1*(65535-r+1):r}function y(e,t,n,r){if(r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t!=null,`missing offset`),N(t+3<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=_(e,t,n,!0),2147483648&r?-1*(4294967295-r+1):r}function b(e,t,n,r){return r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t+3<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,23,4)}function x(e,t,n,r){return r||(N(typeof n==`boolean`,`missing or invalid endian`),N(t+7<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,52,8)}function S(e,t,n,r,i){if(i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+1<e.length,`trying to write beyond buffer length`),ae(t,65535)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,2);a<o;a++)e[n+a]=(t&255<<8*(r?a:1-a))>>>8*(r?a:1-a)}function C(e,t,n,r,i){if(i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+3<e.length,`trying to write beyond buffer length`),ae(t,4294967295)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,4);a<o;a++)e[n+a]=t>>>8*(r?a:3-a)&255}function w(e,t,n,r,i){i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+1<e.length,`Trying to write beyond buffer length`),M(t,32767,-32768)),e.length<=n||S(e,0<=t?t:65535+t+1,n,r,i)}function T(e,t,n,r,i){i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+3<e.length,`Trying to write beyond buffer length`),M(t,2147483647,-2147483648)),e.length<=n||C(e,0<=t?t:4294967295+t+1,n,r,i)}function E(e,t,n,r,i){i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+3<e.length,`Trying to write beyond buffer length`),oe(t,34028234663852886e22,-34028234663852886e22)),e.length<=n||f.write(e,t,n,r,23,4)}function D(e,t,n,r,i){i||(N(t!=null,`missing value`),N(typeof r==`boolean`,`missing or invalid endian`),N(n!=null,`missing offset`),N(n+7<e.length,`Trying to write beyond buffer length`),oe(t,17976931348623157e292,-17976931348623157e292)),e.length<=n||f.write(e,t,n,r,52,8)}n.Buffer=i,n.SlowBuffer=i,n.INSPECT_MAX_BYTES=50,i.poolSize=8192,i._useTypedArrays=function(){try{var e=new Uint8Array(new ArrayBuffer(0));return e.foo=function(){return 42},e.foo()===42&&typeof e.subarray==`function`}catch{return!1}}(),i.isEncoding=function(e){switch(String(e).toLowerCase()){case`hex`:case`utf8`:case`utf-8`:case`ascii`:case`binary`:case`base64`:case`raw`:case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:return!0;default:return!1}},i.isBuffer=function(e){return!(e==null||!e._isBuffer)},i.byteLength=function(e,t){var n;switch(e+=``,t||`utf8`){case`hex`:n=e.length/2;break;case`utf8`:case`utf-8`:n=ne(e).length;break;case`ascii`:case`binary`:case`raw`:n=e.length;break;case`base64`:n=re(e).length;break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:n=2*e.length;break;default:throw Error(`Unknown encoding`)}return n},i.concat=function(e,t){if(N(te(e),`Usage: Buffer.concat(list, [totalLength])
list should be an Array.`),e.length===0)return new i(0);if(e.length===1)return e[0];if(typeof t!=`number`)for(a=t=0;a<e.length;a++)t+=e[a].length;for(var n=new i(t),r=0,a=0;a<e.length;a++){var o=e[a];o.copy(n,r),r+=o.length}return n},i.prototype.write=function(e,t,n,r){isFinite(t)?isFinite(n)||(r=n,n=void 0):(l=r,r=t,t=n,n=l),t=Number(t)||0;var a,o,s,c,l=this.length-t;switch((!n||l<(n=Number(n)))&&(n=l),r=String(r||`utf8`).toLowerCase()){case`hex`:a=function(e,t,n,r){n=Number(n)||0;var a=e.length-n;(!r||a<(r=Number(r)))&&(r=a),N((a=t.length)%2==0,`Invalid hex string`),a/2<r&&(r=a/2);for(var o=0;o<r;o++){var s=parseInt(t.substr(2*o,2),16);N(!isNaN(s),`Invalid hex string`),e[n+o]=s}return i._charsWritten=2*o,o}(this,e,t,n);break;case`utf8`:case`utf-8`:o=this,s=t,c=n,a=i._charsWritten=j(ne(e),o,s,c);break;case`ascii`:case`binary`:a=p(this,e,t,n);break;case`base64`:o=this,s=t,c=n,a=i._charsWritten=j(re(e),o,s,c);break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:a=m(this,e,t,n);break;default:throw Error(`Unknown encoding`)}return a},i.prototype.toString=function(e,t,n){var r,i,a,o,s=this;if(e=String(e||`utf8`).toLowerCase(),t=Number(t)||0,(n=n===void 0?s.length:Number(n))===t)return``;switch(e){case`hex`:r=function(e,t,n){var r=e.length;(!t||t<0)&&(t=0),(!n||n<0||r<n)&&(n=r);for(var i=``,a=t;a<n;a++)i+=A(e[a]);return i}(s,t,n);break;case`utf8`:case`utf-8`:r=function(e,t,n){var r=``,i=``;n=Math.min(e.length,n);for(var a=t;a<n;a++)e[a]<=127?(r+=ie(i)+String.fromCharCode(e[a]),i=``):i+=`%`+e[a].toString(16);return r+ie(i)}(s,t,n);break;case`ascii`:case`binary`:r=h(s,t,n);break;case`base64`:i=s,o=n,r=(a=t)===0&&o===i.length?d.fromByteArray(i):d.fromByteArray(i.slice(a,o));break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:r=function(e,t,n){for(var r=e.slice(t,n),i=``,a=0;a<r.length;a+=2)i+=String.fromCharCode(r[a]+256*r[a+1]);return i}(s,t,n);break;default:throw Error(`Unknown encoding`)}return r},i.prototype.toJSON=function(){return{type:`Buffer`,data:Array.prototype.slice.call(this._arr||this,0)}},i.prototype.copy=function(e,t,n,r){if(t||=0,(r=r||r===0?r:this.length)!==(n||=0)&&e.length!==0&&this.length!==0){N(n<=r,`sourceEnd < sourceStart`),N(0<=t&&t<e.length,`targetStart out of bounds`),N(0<=n&&n<this.length,`sourceStart out of bounds`),N(0<=r&&r<=this.length,`sourceEnd out of bounds`),r>this.length&&(r=this.length);var a=(r=e.length-t<r-n?e.length-t+n:r)-n;if(a<100||!i._useTypedArrays)for(var o=0;o<a;o++)e[o+t]=this[o+n];else e._set(this.subarray(n,n+a),t)}},i.prototype.slice=function(e,t){var n=this.length;if(e=ee(e,n,0),t=ee(t,n,n),i._useTypedArrays)return i._augment(this.subarray(e,t));for(var r=t-e,a=new i(r,void 0,!0),o=0;o<r;o++)a[o]=this[o+e];return a},i.prototype.get=function(e){return console.log(`.get() is deprecated. Access using array indexes instead.`),this.readUInt8(e)},i.prototype.set=function(e,t){return console.log(`.set() is deprecated. Access using array indexes instead.`),this.writeUInt8(e,t)},i.prototype.readUInt8=function(e,t){if(t||(N(e!=null,`missing offset`),N(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return this[e]},i.prototype.readUInt16LE=function(e,t){return g(this,e,!0,t)},i.prototype.readUInt16BE=function(e,t){return g(this,e,!1,t)},i.prototype.readUInt32LE=function(e,t){return _(this,e,!0,t)},i.prototype.readUInt32BE=function(e,t){return _(this,e,!1,t)},i.prototype.readInt8=function(e,t){if(t||(N(e!=null,`missing offset`),N(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return 128&this[e]?-1*(255-this[e]+1):this[e]},i.prototype.readInt16LE=function(e,t){return v(this,e,!0,t)},i.prototype.readInt16BE=function(e,t){return v(this,e,!1,t)},i.prototype.readInt32LE=function(e,t){return y(this,e,!0,t)},i.prototype.readInt32BE=function(e,t){return y(this,e,!1,t)},i.prototype.readFloatLE=function(e,t){return b(this,e,!0,t)},i.prototype.readFloatBE=function(e,t){return b(this,e,!1,t)},i.prototype.readDoubleLE=function(e,t){return x(this,e,!0,t)},i.prototype.readDoubleBE=function(e,t){return x(this,e,!1,t)},i.prototype.writeUInt8=function(e,t,n){n||(N(e!=null,`missing value`),N(t!=null,`missing offset`),N(t<this.length,`trying to write beyond buffer length`),ae(e,255)),t>=this.length||(this[t]=e)},i.prototype.writeUInt16LE=function(e,t,n){S(this,e,t,!0,n)},i.prototype.writeUInt16BE=function(e,t,n){S(this,e,t,!1,n)},i.prototype.writeUInt32LE=function(e,t,n){C(this,e,t,!0,n)},i.prototype.writeUInt32BE=function(e,t,n){C(this,e,t,!1,n)},i.prototype.writeInt8=function(e,t,n){n||(N(e!=null,`missing value`),N(t!=null,`missing offset`),N(t<this.length,`Trying to write beyond buffer length`),M(e,127,-128)),t>=this.length||(0<=e?this.writeUInt8(e,t,n):this.writeUInt8(255+e+1,t,n))},i.prototype.writeInt16LE=function(e,t,n){w(this,e,t,!0,n)},i.prototype.writeInt16BE=function(e,t,n){w(this,e,t,!1,n)},i.prototype.writeInt32LE=function(e,t,n){T(this,e,t,!0,n)},i.prototype.writeInt32BE=function(e,t,n){T(this,e,t,!1,n)},i.prototype.writeFloatLE=function(e,t,n){E(this,e,t,!0,n)},i.prototype.writeFloatBE=function(e,t,n){E(this,e,t,!1,n)},i.prototype.writeDoubleLE=function(e,t,n){D(this,e,t,!0,n)},i.prototype.writeDoubleBE=function(e,t,n){D(this,e,t,!1,n)},i.prototype.fill=function(e,t,n){if(t||=0,n||=this.length,N(typeof(e=typeof(e||=0)==`string`?e.charCodeAt(0):e)==`number`&&!isNaN(e),`value is not a number`),N(t<=n,`end < start`),n!==t&&this.length!==0){N(0<=t&&t<this.length,`start out of bounds`),N(0<=n&&n<=this.length,`end out of bounds`);for(var r=t;r<n;r++)this[r]=e}},i.prototype.inspect=function(){for(var e=[],t=this.length,r=0;r<t;r++)if(e[r]=A(this[r]),r===n.INSPECT_MAX_BYTES){e[r+1]=`...`;break}return`<Buffer `+e.join(` `)+`>`},i.prototype.toArrayBuffer=function(){if(typeof Uint8Array>`u`)throw Error(`Buffer.toArrayBuffer not supported in this browser`);if(i._useTypedArrays)return new i(this).buffer;for(var e=new Uint8Array(this.length),t=0,n=e.length;t<n;t+=1)e[t]=this[t];return e.buffer};var O=i.prototype;function ee(e,t,n){return typeof e==`number`?t<=(e=~~e)?t:0<=e||0<=(e+=t)?e:0:n}function k(e){return(e=~~Math.ceil(+e))<0?0:e}function te(e){return(Array.isArray||function(e){return Object.prototype.toString.call(e)===`[object Array]`})(e)}function A(e){return e<16?`0`+e.toString(16):e.toString(16)}function ne(e){for(var t=[],n=0;n<e.length;n++){var r=e.charCodeAt(n);if(r<=127)t.push(e.charCodeAt(n));else for(var i=n,a=(55296<=r&&r<=57343&&n++,encodeURIComponent(e.slice(i,n+1)).substr(1).split(`%`)),o=0;o<a.length;o++)t.push(parseInt(a[o],16))}return t}function re(e){return d.toByteArray(e)}function j(e,t,n,r){for(var i=0;i<r&&!(i+n>=t.length||i>=e.length);i++)t[i+n]=e[i];return i}function ie(e){try{return decodeURIComponent(e)}catch{return`�`}}function ae(e,t){N(typeof e==`number`,`cannot write a non-number as a number`),N(0<=e,`specified a negative value for writing an unsigned value`),N(e<=t,`value is larger than maximum value for type`),N(Math.floor(e)===e,`value has a fractional component`)}function M(e,t,n){N(typeof e==`number`,`cannot write a non-number as a number`),N(e<=t,`value larger than maximum allowed value`),N(n<=e,`value smaller than minimum allowed value`),N(Math.floor(e)===e,`value has a fractional component`)}function oe(e,t,n){N(typeof e==`number`,`cannot write a non-number as a number`),N(e<=t,`value larger than maximum allowed value`),N(n<=e,`value smaller than minimum allowed value`)}function N(e,t){if(!e)throw Error(t||`Failed assertion`)}i._augment=function(e){return e._isBuffer=!0,e._get=e.get,e._set=e.set,e.get=O.get,e.set=O.set,e.write=O.write,e.toString=O.toString,e.toLocaleString=O.toString,e.toJSON=O.toJSON,e.copy=O.copy,e.slice=O.slice,e.readUInt8=O.readUInt8,e.readUInt16LE=O.readUInt16LE,e.readUInt16BE=O.readUInt16BE,e.readUInt32LE=O.readUInt32LE,e.readUInt32BE=O.readUInt32BE,e.readInt8=O.readInt8,e.readInt16LE=O.readInt16LE,e.readInt16BE=O.readInt16BE,e.readInt32LE=O.readInt32LE,e.readInt32BE=O.readInt32BE,e.readFloatLE=O.readFloatLE,e.readFloatBE=O.readFloatBE,e.readDoubleLE=O.readDoubleLE,e.readDoubleBE=O.readDoubleBE,e.writeUInt8=O.writeUInt8,e.writeUInt16LE=O.writeUInt16LE,e.writeUInt16BE=O.writeUInt16BE,e.writeUInt32LE=O.writeUInt32LE,e.writeUInt32BE=O.writeUInt32BE,e.writeInt8=O.writeInt8,e.writeInt16LE=O.writeInt16LE,e.writeInt16BE=O.writeInt16BE,e.writeInt32LE=O.writeInt32LE,e.writeInt32BE=O.writeInt32BE,e.writeFloatLE=O.writeFloatLE,e.writeFloatBE=O.writeFloatBE,e.writeDoubleLE=O.writeDoubleLE,e.writeDoubleBE=O.writeDoubleBE,e.fill=O.fill,e.inspect=O.inspect,e.toArrayBuffer=O.toArrayBuffer,e}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/buffer/index.js`,`/node_modules/gulp-browserify/node_modules/buffer`)},{"base64-js":2,buffer:3,ieee754:10,lYpoI2:11}],4:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=4,f=new i(d);f.fill(0),t.exports={hash:function(e,t,n,r){for(var a=t(function(e,t){e.length%d!=0&&(n=e.length+(d-e.length%d),e=i.concat([e,f],n));for(var n,r=[],a=t?e.readInt32BE:e.readInt32LE,o=0;o<e.length;o+=d)r.push(a.call(e,o));return r}(e=i.isBuffer(e)?e:new i(e),r),8*e.length),t=r,o=new i(n),s=t?o.writeInt32BE:o.writeInt32LE,c=0;c<a.length;c++)s.call(o,a[c],4*c,!0);return o}}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/helpers.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],5:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=e(`./sha`),f=e(`./sha256`),p=e(`./rng`),m={sha1:d,sha256:f,md5:e(`./md5`)},h=64,g=new i(h);function _(e,t){var n=m[e||=`sha1`],r=[];return n||v(`algorithm:`,e,`is not yet supported`),{update:function(e){return i.isBuffer(e)||(e=new i(e)),r.push(e),e.length,this},digest:function(e){var a=i.concat(r),a=t?function(e,t,n){i.isBuffer(t)||(t=new i(t)),i.isBuffer(n)||(n=new i(n)),t.length>h?t=e(t):t.length<h&&(t=i.concat([t,g],h));for(var r=new i(h),a=new i(h),o=0;o<h;o++)r[o]=54^t[o],a[o]=92^t[o];return n=e(i.concat([r,n])),e(i.concat([a,n]))}(n,t,a):n(a);return r=null,e?a.toString(e):a}}}function v(){var e=[].slice.call(arguments).join(` `);throw Error([e,`we accept pull requests`,`http://github.com/dominictarr/crypto-browserify`].join(`
`))}g.fill(0),n.createHash=function(e){return _(e)},n.createHmac=_,n.randomBytes=function(e,t){if(!t||!t.call)return new i(p(e));try{t.call(this,void 0,new i(p(e)))}catch(e){t(e)}};var y,b=[`createCredentials`,`createCipher`,`createCipheriv`,`createDecipher`,`createDecipheriv`,`createSign`,`createVerify`,`createDiffieHellman`,`pbkdf2`],x=function(e){n[e]=function(){v(`sorry,`,e,`is not implemented yet`)}};for(y in b)x(b[y],y)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/index.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./md5":6,"./rng":7,"./sha":8,"./sha256":9,buffer:3,lYpoI2:11}],6:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<t%32,e[14+(t+64>>>9<<4)]=t;for(var n=1732584193,r=-271733879,i=-1732584194,a=271733878,o=0;o<e.length;o+=16){var s=n,c=r,l=i,u=a,n=m(n,r,i,a,e[o+0],7,-680876936),a=m(a,n,r,i,e[o+1],12,-389564586),i=m(i,a,n,r,e[o+2],17,606105819),r=m(r,i,a,n,e[o+3],22,-1044525330);n=m(n,r,i,a,e[o+4],7,-176418897),a=m(a,n,r,i,e[o+5],12,1200080426),i=m(i,a,n,r,e[o+6],17,-1473231341),r=m(r,i,a,n,e[o+7],22,-45705983),n=m(n,r,i,a,e[o+8],7,1770035416),a=m(a,n,r,i,e[o+9],12,-1958414417),i=m(i,a,n,r,e[o+10],17,-42063),r=m(r,i,a,n,e[o+11],22,-1990404162),n=m(n,r,i,a,e[o+12],7,1804603682),a=m(a,n,r,i,e[o+13],12,-40341101),i=m(i,a,n,r,e[o+14],17,-1502002290),n=h(n,r=m(r,i,a,n,e[o+15],22,1236535329),i,a,e[o+1],5,-165796510),a=h(a,n,r,i,e[o+6],9,-1069501632),i=h(i,a,n,r,e[o+11],14,643717713),r=h(r,i,a,n,e[o+0],20,-373897302),n=h(n,r,i,a,e[o+5],5,-701558691),a=h(a,n,r,i,e[o+10],9,38016083),i=h(i,a,n,r,e[o+15],14,-660478335),r=h(r,i,a,n,e[o+4],20,-405537848),n=h(n,r,i,a,e[o+9],5,568446438),a=h(a,n,r,i,e[o+14],9,-1019803690),i=h(i,a,n,r,e[o+3],14,-187363961),r=h(r,i,a,n,e[o+8],20,1163531501),n=h(n,r,i,a,e[o+13],5,-1444681467),a=h(a,n,r,i,e[o+2],9,-51403784),i=h(i,a,n,r,e[o+7],14,1735328473),n=g(n,r=h(r,i,a,n,e[o+12],20,-1926607734),i,a,e[o+5],4,-378558),a=g(a,n,r,i,e[o+8],11,-2022574463),i=g(i,a,n,r,e[o+11],16,1839030562),r=g(r,i,a,n,e[o+14],23,-35309556),n=g(n,r,i,a,e[o+1],4,-1530992060),a=g(a,n,r,i,e[o+4],11,1272893353),i=g(i,a,n,r,e[o+7],16,-155497632),r=g(r,i,a,n,e[o+10],23,-1094730640),n=g(n,r,i,a,e[o+13],4,681279174),a=g(a,n,r,i,e[o+0],11,-358537222),i=g(i,a,n,r,e[o+3],16,-722521979),r=g(r,i,a,n,e[o+6],23,76029189),n=g(n,r,i,a,e[o+9],4,-640364487),a=g(a,n,r,i,e[o+12],11,-421815835),i=g(i,a,n,r,e[o+15],16,530742520),n=_(n,r=g(r,i,a,n,e[o+2],23,-995338651),i,a,e[o+0],6,-198630844),a=_(a,n,r,i,e[o+7],10,1126891415),i=_(i,a,n,r,e[o+14],15,-1416354905),r=_(r,i,a,n,e[o+5],21,-57434055),n=_(n,r,i,a,e[o+12],6,1700485571),a=_(a,n,r,i,e[o+3],10,-1894986606),i=_(i,a,n,r,e[o+10],15,-1051523),r=_(r,i,a,n,e[o+1],21,-2054922799),n=_(n,r,i,a,e[o+8],6,1873313359),a=_(a,n,r,i,e[o+15],10,-30611744),i=_(i,a,n,r,e[o+6],15,-1560198380),r=_(r,i,a,n,e[o+13],21,1309151649),n=_(n,r,i,a,e[o+4],6,-145523070),a=_(a,n,r,i,e[o+11],10,-1120210379),i=_(i,a,n,r,e[o+2],15,718787259),r=_(r,i,a,n,e[o+9],21,-343485551),n=v(n,s),r=v(r,c),i=v(i,l),a=v(a,u)}return[n,r,i,a]}function p(e,t,n,r,i,a){return v((t=v(v(t,e),v(r,a)))<<i|t>>>32-i,n)}function m(e,t,n,r,i,a,o){return p(t&n|~t&r,e,t,i,a,o)}function h(e,t,n,r,i,a,o){return p(t&r|n&~r,e,t,i,a,o)}function g(e,t,n,r,i,a,o){return p(t^n^r,e,t,i,a,o)}function _(e,t,n,r,i,a,o){return p(n^(t|~r),e,t,i,a,o)}function v(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}t.exports=function(e){return d.hash(e,f,16)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/md5.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],7:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u;t.exports=u||function(e){for(var t,n=Array(e),r=0;r<e;r++)!(3&r)&&(t=4294967296*Math.random()),n[r]=t>>>((3&r)<<3)&255;return n}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/rng.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],8:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var n,r,i,a=Array(80),o=1732584193,s=-271733879,c=-1732584194,l=271733878,u=-1009589776,d=0;d<e.length;d+=16){for(var f=o,h=s,g=c,_=l,v=u,y=0;y<80;y++){a[y]=y<16?e[d+y]:m(a[y-3]^a[y-8]^a[y-14]^a[y-16],1);var b=p(p(m(o,5),(b=s,r=c,i=l,(n=y)<20?b&r|~b&i:!(n<40)&&n<60?b&r|b&i|r&i:b^r^i)),p(p(u,a[y]),(n=y)<20?1518500249:n<40?1859775393:n<60?-1894007588:-899497514)),u=l,l=c,c=m(s,30),s=o,o=b}o=p(o,f),s=p(s,h),c=p(c,g),l=p(l,_),u=p(u,v)}return[o,s,c,l,u]}function p(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function m(e,t){return e<<t|e>>>32-t}t.exports=function(e){return d.hash(e,f,20,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],9:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){function d(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function f(e,t){var n,r=[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298],i=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],a=Array(64);e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var o,s,c=0;c<e.length;c+=16){for(var l=i[0],u=i[1],f=i[2],p=i[3],g=i[4],_=i[5],v=i[6],y=i[7],b=0;b<64;b++)a[b]=b<16?e[b+c]:d(d(d((s=a[b-2],m(s,17)^m(s,19)^h(s,10)),a[b-7]),(s=a[b-15],m(s,7)^m(s,18)^h(s,3))),a[b-16]),n=d(d(d(d(y,m(s=g,6)^m(s,11)^m(s,25)),g&_^~g&v),r[b]),a[b]),o=d(m(o=l,2)^m(o,13)^m(o,22),l&u^l&f^u&f),y=v,v=_,_=g,g=d(p,n),p=f,f=u,u=l,l=d(n,o);i[0]=d(l,i[0]),i[1]=d(u,i[1]),i[2]=d(f,i[2]),i[3]=d(p,i[3]),i[4]=d(g,i[4]),i[5]=d(_,i[5]),i[6]=d(v,i[6]),i[7]=d(y,i[7])}return i}var p=e(`./helpers`),m=function(e,t){return e>>>t|e<<32-t},h=function(e,t){return e>>>t};t.exports=function(e){return p.hash(e,f,32,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha256.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],10:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){n.read=function(e,t,n,r,i){var a,o,s=8*i-r-1,c=(1<<s)-1,l=c>>1,u=-7,d=n?i-1:0,f=n?-1:1,i=e[t+d];for(d+=f,a=i&(1<<-u)-1,i>>=-u,u+=s;0<u;a=256*a+e[t+d],d+=f,u-=8);for(o=a&(1<<-u)-1,a>>=-u,u+=r;0<u;o=256*o+e[t+d],d+=f,u-=8);if(a===0)a=1-l;else{if(a===c)return o?NaN:1/0*(i?-1:1);o+=2**r,a-=l}return(i?-1:1)*o*2**(a-r)},n.write=function(e,t,n,r,i,a){var o,s,c=8*a-i-1,l=(1<<c)-1,u=l>>1,d=i===23?2**-24-2**-77:0,f=r?0:a-1,p=r?1:-1,a=+(t<0||t===0&&1/t<0);for(t=Math.abs(t),isNaN(t)||t===1/0?(s=+!!isNaN(t),o=l):(o=Math.floor(Math.log(t)/Math.LN2),t*(r=2**-o)<1&&(o--,r*=2),2<=(t+=1<=o+u?d/r:d*2**(1-u))*r&&(o++,r/=2),l<=o+u?(s=0,o=l):1<=o+u?(s=(t*r-1)*2**i,o+=u):(s=t*2**(u-1)*2**i,o=0));8<=i;e[n+f]=255&s,f+=p,s/=256,i-=8);for(o=o<<i|s,c+=i;0<c;e[n+f]=255&o,f+=p,o/=256,c-=8);e[n+f-p]|=128*a}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/ieee754/index.js`,`/node_modules/gulp-browserify/node_modules/ieee754`)},{buffer:3,lYpoI2:11}],11:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u,d,f;function p(){}(e=t.exports={}).nextTick=(d=typeof window<`u`&&window.setImmediate,f=typeof window<`u`&&window.postMessage&&window.addEventListener,d?function(e){return window.setImmediate(e)}:f?(u=[],window.addEventListener(`message`,function(e){var t=e.source;t!==window&&t!==null||e.data!==`process-tick`||(e.stopPropagation(),0<u.length&&u.shift()())},!0),function(e){u.push(e),window.postMessage(`process-tick`,`*`)}):function(e){setTimeout(e,0)}),e.title=`browser`,e.browser=!0,e.env={},e.argv=[],e.on=p,e.addListener=p,e.once=p,e.off=p,e.removeListener=p,e.removeAllListeners=p,e.emit=p,e.binding=function(e){throw Error(`process.binding is not supported`)},e.cwd=function(){return`/`},e.chdir=function(e){throw Error(`process.chdir is not supported`)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/process/browser.js`,`/node_modules/gulp-browserify/node_modules/process`)},{buffer:3,lYpoI2:11}]},{},[1])(1)})}))(),1);B(),B(),B();var Lg=e=>{if(typeof e!=`object`||!e)return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null},Rg=e=>Array.isArray(e)?[...e]:Lg(e)?R({},e):{};function zg(e,t,n){let r=t.split(`.`),i=R({},e),a=i;for(let e=0;e<r.length;e++){let[t,i]=r[e].replace(`]`,``).split(`[`),o=e===r.length-1;if(i!==void 0){a[t]=Array.isArray(a[t])?[...a[t]]:[];let e=Number(i);if(o){a[t][e]=n;continue}a[t][e]=Rg(a[t][e]),a=a[t][e]}else o?a[t]=n:(a[t]=Rg(a[t]),a=a[t])}return i}B(),B();var Bg={Button:`_Button_oe4qj_1`,"Button--medium":`_Button--medium_oe4qj_34`,"Button--large":`_Button--large_oe4qj_62`,"Button-icon":`_Button-icon_oe4qj_89`,"Button--primary":`_Button--primary_oe4qj_93`,"Button--disabled":`_Button--disabled_oe4qj_123`,"Button--secondary":`_Button--secondary_oe4qj_135`,"Button--flush":`_Button--flush_oe4qj_171`,"Button--fullWidth":`_Button--fullWidth_oe4qj_179`,"Button-spinner":`_Button-spinner_oe4qj_184`};B();var Vg=/^(data-.*)$/,Hg=e=>{let t={};for(let n in e)Object.prototype.hasOwnProperty.call(e,n)&&Vg.test(n)&&(t[n]=e[n]);return t},Ug=V(`Button`,Bg),Wg=e=>{var t=e,{children:n,href:r,onClick:i,variant:a=`primary`,type:o,disabled:s,tabIndex:c,newTab:l,fullWidth:u,icon:d,size:f=`medium`,loading:p=!1}=t,m=xt(t,[`children`,`href`,`onClick`,`variant`,`type`,`disabled`,`tabIndex`,`newTab`,`fullWidth`,`icon`,`size`,`loading`]);let[h,g]=(0,H.useState)(p);(0,H.useEffect)(()=>g(p),[p]);let _=r?`a`:o?`button`:`span`,v=Hg(m);return(0,U.jsxs)(_,z(R({className:Ug({primary:a===`primary`,secondary:a===`secondary`,disabled:s,fullWidth:u,[f]:!0}),onClick:e=>{i&&(g(!0),Promise.resolve(i(e)).then(()=>{g(!1)}))},type:o,disabled:s||h,tabIndex:c,target:l?`_blank`:void 0,rel:l?`noreferrer`:void 0,href:r},v),{children:[d&&(0,U.jsx)(`div`,{className:Ug(`icon`),children:d}),n,h&&(0,U.jsx)(`div`,{className:Ug(`spinner`),children:(0,U.jsx)(fe,{size:14})})]}))};B(),B();var Gg={InputWrapper:`_InputWrapper_qyenz_1`,"Input-label":`_Input-label_qyenz_5`,"Input-labelIcon":`_Input-labelIcon_qyenz_17`,"Input-disabledIcon":`_Input-disabledIcon_qyenz_24`,"Input-input":`_Input-input_qyenz_29`,"Input-select":`_Input-select_qyenz_61`,"Input-selectIcon":`_Input-selectIcon_qyenz_71`,Input:`_Input_qyenz_1`,"Input--readOnly":`_Input--readOnly_qyenz_111`,"Input-radioGroupItems":`_Input-radioGroupItems_qyenz_150`,"Input-radio":`_Input-radio_qyenz_150`,"Input-radioInner":`_Input-radioInner_qyenz_179`,"Input-radioInput":`_Input-radioInput_qyenz_261`},Kg=V(`Input`,Gg),qg=({children:e,icon:t,label:n,el:r=`label`,readOnly:i,className:a})=>{let o=r,s=I(`field-readonly`);return(0,U.jsxs)(o,{className:a,children:[(0,U.jsxs)(`div`,{className:Kg(`label`),children:[t?(0,U.jsx)(`div`,{className:Kg(`labelIcon`),children:t}):(0,U.jsx)(U.Fragment,{}),n,i&&(0,U.jsx)(`div`,{className:Kg(`disabledIcon`),title:s,children:(0,U.jsx)(P,{size:`12`})})]}),e]})},Jg=({children:e,icon:t,label:n,el:r=`label`,readOnly:i})=>{let a=L(e=>e.overrides),o=(0,H.useMemo)(()=>a.fieldLabel||qg,[a]);return n?(0,U.jsx)(o,{label:n,icon:t,className:Kg({readOnly:i}),readOnly:i,el:r,children:e}):(0,U.jsx)(U.Fragment,{children:e})};B(),B(),B(),B();var Yg={ArrayField:`_ArrayField_62huh_5`,"ArrayField--isDraggingFrom":`_ArrayField--isDraggingFrom_62huh_30`,"ArrayField-addButton":`_ArrayField-addButton_62huh_38`,"ArrayField--hasItems":`_ArrayField--hasItems_62huh_58`,"ArrayField-inner":`_ArrayField-inner_62huh_93`,ArrayFieldItem:`_ArrayFieldItem_62huh_101`,"ArrayFieldItem--isDragging":`_ArrayFieldItem--isDragging_62huh_110`,"ArrayFieldItem--isExpanded":`_ArrayFieldItem--isExpanded_62huh_114`,"ArrayFieldItem-summary":`_ArrayFieldItem-summary_62huh_132`,"ArrayFieldItem--noFields":`_ArrayFieldItem--noFields_62huh_167`,"ArrayField--addDisabled":`_ArrayField--addDisabled_62huh_176`,"ArrayFieldItem-body":`_ArrayFieldItem-body_62huh_228`,"ArrayFieldItem-fieldset":`_ArrayFieldItem-fieldset_62huh_237`,"ArrayFieldItem-rhs":`_ArrayFieldItem-rhs_62huh_250`,"ArrayFieldItem-actions":`_ArrayFieldItem-actions_62huh_256`};B(),B();function Xg(e,t){let n=(0,H.useContext)(e);if(!n)throw Error(`useContextStore must be used inside context`);return oe(n,ji(t))}function Zg(e){return({children:t,value:n})=>{let[r]=(0,H.useState)(()=>xe(()=>n));return(0,U.jsx)(e.Provider,{value:r,children:t})}}function Qg(e){let t=(0,H.createContext)(xe(N(()=>e)));return{ctx:t,Provider:Zg(t)}}var $g=Qg({}),e_=()=>(0,H.useContext)($g.ctx);function t_(e){let t=(0,H.useContext)($g.ctx);if(!t)throw Error(`useContextStore must be used inside context`);return oe(t,ji(e))}B(),B();var n_=V(`DragIcon`,{DragIcon:`_DragIcon_5e515_1`,"DragIcon--disabled":`_DragIcon--disabled_5e515_10`}),r_=({isDragDisabled:e})=>(0,U.jsx)(`div`,{className:n_({disabled:e}),children:(0,U.jsx)(`svg`,{viewBox:`0 0 20 20`,width:`12`,fill:`currentColor`,children:(0,U.jsx)(`path`,{d:`M7 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 2zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 14zm6-8a2 2 0 1 0-.001-4.001A2 2 0 0 0 13 6zm0 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 14z`})})});B(),B();var{Delay:i_,Distance:a_}=zp,o_=[new i_({value:200,tolerance:10})],s_=[new i_({value:200,tolerance:10}),new a_({value:5})],c_=({other:e=s_,mouse:t,touch:n=o_}={touch:o_,other:s_})=>{let[r]=(0,H.useState)(()=>[Up.configure({activationConstraints(r,i){let{pointerType:a,target:o}=r;return a===`mouse`&&cd(o)&&(i.handle===o||i.handle?.contains(o))?t:a===`touch`?n:e}})]);return r};B(),B(),B();var l_=`increasing`,u_=(e,t)=>{let{dragOperation:n,droppable:r}=e,{shape:i}=r,{position:a}=n,o=n.shape?.current;if(!o||!i)return null;let s=i.center,c=Math.sqrt((s.x-t.x)**2+(s.y-t.y)**2),l=Math.sqrt((s.x-a.current.x)**2+(s.y-a.current.y)**2);return l_=l===c?l_:l<c?`decreasing`:`increasing`,o.center,r.id.toString(),l_===`decreasing`?{id:r.id,value:1,type:yc.Collision}:null};B();var d_=(e,t)=>e===`dynamic`?Math.abs(t.y)>Math.abs(t.x)?t.y===0?null:t.y>0?`down`:`up`:t.x===0?null:t.x>0?`right`:`left`:e===`x`?t.x===0?null:t.x>0?`right`:`left`:t.y===0?null:t.y>0?`down`:`up`;B();var f_=(e,t,n,r=0)=>{let i=e.boundingRectangle,a=t.center;if(n===`down`){let e=r*t.boundingRectangle.height;return i.bottom>=a.y+e}if(n===`up`){let e=r*t.boundingRectangle.height;return i.top<a.y-e}if(n===`left`){let e=r*t.boundingRectangle.width;return a.x-e>=i.left}let o=r*t.boundingRectangle.width;return i.right-o>=a.x};B();var p_=10,m_={current:{x:0,y:0},delta:{x:0,y:0},previous:{x:0,y:0},direction:null},h_=(e,t=`dynamic`)=>(m_.current=e,m_.delta={x:e.x-m_.previous.x,y:e.y-m_.previous.y},m_.direction=d_(t,m_.delta)||m_.direction,(Math.abs(m_.delta.x)>p_||Math.abs(m_.delta.y)>p_)&&(m_.previous=Ao.from(e)),m_);B();var g_=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/Ao.distance(t.shape.center,n),type:yc.PointerIntersection,priority:vc.High}:null},__=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?jo.from(r.current.boundingRectangle).corners:void 0,o=jo.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+Ao.distance(Ao.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:yc.Collision,priority:vc.Normal}};B();var v_=xe(()=>({fallbackEnabled:!1})),y_=``,b_=(e,t=.05)=>(n=>{let{dragOperation:r,droppable:i}=n,{position:a}=r,o=r.shape?.current,{shape:s}=i;if(!o||!s)return null;let{center:c}=o,{fallbackEnabled:l}=v_.getState(),u=h_(a.current,e),d={direction:u.direction},{center:f}=s,p=f_(o,s,u.direction,t);if(r.source?.id===i.id){let e=u_(n,u.previous);if(i.id.toString(),e)return z(R({},e),{priority:vc.Highest,data:d})}let m=o.intersectionArea(s),h=m/s.area;if(m&&p){i.id.toString(),u.direction;let e={id:i.id,value:h,priority:vc.High,type:yc.Collision},t=y_===i.id;return y_=``,z(R({},e),{id:t?`flush`:e.id,data:d})}if(l&&r.source?.id!==i.id){let t=s.boundingRectangle.right>o.boundingRectangle.left&&s.boundingRectangle.left<o.boundingRectangle.right,r=s.boundingRectangle.bottom>o.boundingRectangle.top&&s.boundingRectangle.top<o.boundingRectangle.bottom;if(e===`y`&&t||r){let t=__(n);if(t)return d.direction=d_(e,{x:o.center.x-(i.shape?.center.x||0),y:o.center.y-(i.shape?.center.y||0)}),m?(i.id.toString(),y_=i.id,z(R({},t),{priority:vc.Low,data:d})):(i.id.toString(),z(R({},t),{priority:vc.Lowest,data:d}))}}return i.id.toString(),null});B();var x_=(e,t=`ltr`)=>e===`up`||t===`ltr`&&e===`left`||t===`rtl`&&e===`right`?`before`:`after`,S_=({position:e,sourceIndex:t,targetIndex:n,isSameZone:r})=>{let i=n;return r&&i>=t&&--i,e===`after`&&(i+=1),i},C_=({children:e,onDragStart:t,onDragEnd:n,onMove:r})=>{let i=c_({mouse:[new zp.Distance({value:5})]});return(0,U.jsx)(Lm,{sensors:i,onDragStart:e=>t(e.operation.source?.id.toString()??``),onDragOver:(e,t)=>{e.preventDefault();let{operation:n}=e,{source:i,target:a}=n;if(!i||!a)return;let o=i.data.index,s=a.data.index,c=t.collisionObserver.collisions[0]?.data;o!==s&&i.id!==a.id&&r({source:o,target:S_({position:x_(c?.direction),sourceIndex:o,targetIndex:s,isSameZone:!0})})},onDragEnd:()=>{setTimeout(()=>{n()},250)},children:e})},w_=({id:e,index:t,disabled:n,children:r,type:i=`item`})=>{let{ref:a,isDragging:o,isDropping:s,handleRef:c}=Pg({id:e,type:i,index:t,disabled:n,data:{index:t},collisionDetector:b_(`y`)});return r({isDragging:o,isDropping:s,ref:a,handleRef:c})};B();var T_=(0,H.createContext)({}),E_=()=>{let e=(0,H.useContext)(T_);return z(R({},e),{readOnlyFields:e.readOnlyFields||{}})},D_=({children:e,name:t,subName:n,wildcardName:r=t,readOnlyFields:i})=>{let a=`${t}.${n}`,o=`${r}.${n}`,s=(0,H.useMemo)(()=>Object.keys(i).reduce((e,n)=>{if(n.indexOf(a)>-1||n.indexOf(o)>-1){let a=new RegExp(`^(${t}|${r}).`.replace(/\[/g,`\\[`).replace(/\]/g,`\\]`).replace(/\./g,`\\.`).replace(/\*/g,`\\*`)),o=n.replace(a,``);return z(R({},e),{[o]:i[n]})}return e},{}),[t,n,r,i]);return(0,U.jsx)(T_.Provider,{value:{readOnlyFields:s,localName:n},children:e})};B();var O_=(e,t)=>t.split(`.`).reduce((e,t)=>{if(!e)return;let[n,r]=t.replace(`]`,``).split(`[`),i=e[n];return r&&i?i[parseInt(r)]:i},e);B();var k_=(0,H.memo)(({field:e,id:t,index:n,name:r,subName:i,localName:a,onChange:o,forceReadOnly:s})=>{let c=n===void 0?r:`${r}[${n}]`,l=r?`${c}.${i}`:i,u=n===void 0?a??i:`${a}[${n}]`,d=n===void 0?a:`${a}[*]`,f=`${u}.${i}`,p=`${d}.${i}`,{readOnlyFields:m}=E_(),h=s||(m[l]===void 0?m[p]:m[f]),g=e.label||i;return(0,U.jsx)(D_,{name:u,wildcardName:d,subName:i,readOnlyFields:m,children:(0,U.jsx)(fv,{name:l,label:g,id:t,readOnly:h,field:z(R({},e),{label:g}),onChange:(e,t)=>{o(e,t,i)}})})}),A_=V(`ArrayField`,Yg),j_=V(`ArrayFieldItem`,Yg),M_=(0,H.memo)(({index:e,originalIndex:t,field:n,name:r})=>{let i=t_(t=>O_(t,`${[r]}[${e}]`)),a=I(`field-arrayitem-summary`,{index:t});return(0,H.useMemo)(()=>i&&n.getItemSummary?n.getItemSummary(i,e):a,[i,n,t,e,a])}),N_=(0,H.memo)(({id:e,arrayId:t,index:n,dragIndex:r,originalIndex:i,field:a,onChange:o,onToggleExpand:s,readOnly:c,actions:l,name:u,localName:d})=>{let f=L(n=>n.state.ui.arrayState[t]?.openId===e),p=L(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),m=(0,H.useMemo)(()=>a.arrayFields?Object.values(a.arrayFields).some(e=>e.type!==`slot`&&e.visible!==!1):!1,[a.arrayFields]);return(0,U.jsx)(w_,{id:e,index:r,disabled:c,children:({isDragging:t,ref:r,handleRef:h})=>(0,U.jsxs)(`div`,{ref:r,className:j_({isExpanded:f&&m,isDragging:t,noFields:!m}),children:[(0,U.jsxs)(`div`,{ref:h,onClick:n=>{t||(n.preventDefault(),n.stopPropagation(),m&&s(e,f))},className:j_(`summary`),children:[(0,U.jsx)(M_,{index:n,originalIndex:i,field:a,name:u}),(0,U.jsxs)(`div`,{className:j_(`rhs`),children:[!c&&(0,U.jsx)(`div`,{className:j_(`actions`),children:l}),(0,U.jsx)(`div`,{children:(0,U.jsx)(r_,{})})]})]}),(0,U.jsx)(`div`,{className:j_(`body`),children:f&&m&&(0,U.jsx)(`fieldset`,{className:j_(`fieldset`),children:Object.keys(a.arrayFields).map(t=>{let r=a.arrayFields[t];return(0,U.jsx)(k_,{id:`${e}_${t}`,name:u,index:n,subName:t,localName:d,field:r,onChange:o,forceReadOnly:!p},`${e}_${t}_${n}`)})})})]})})}),P_=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,readOnly:o,Label:s=e=>(0,U.jsx)(`div`,R({},e))})=>{let c=L(e=>e.setUi),l=F(),u=e_(),{localName:d=r}=E_(),f=()=>O_(u.getState(),r)??[],p=(0,H.useCallback)(()=>{let{state:e}=l.getState(),t=e.ui.arrayState[n];if(t?.items?.length)return t;let r=f();return{items:Array.from(r||[]).map((e,t)=>({_originalIndex:t,_currentIndex:t,_arrayId:`${n}-${t}`})),openId:``}},[l,n,f,r]),m=t_(()=>f().length),h=(0,H.useMemo)(p,[p]),g=L(e=>e.state.ui.arrayState[n]??h),_=F(),v=(0,H.useCallback)(e=>{let t=_.getState().state;return{arrayState:z(R({},t.ui.arrayState),{[n]:R(R({},p()),e)})}},[_]),y=(0,H.useCallback)(()=>p().items.reduce((e,t)=>t._originalIndex>e?t._originalIndex:e,-1),[]),b=(0,H.useCallback)(e=>{let t=y(),r=p(),i=Array.from(e||[]).map((e,i)=>{let a=r.items[i],o={_originalIndex:a?._originalIndex??t+1,_currentIndex:a?._currentIndex??i,_arrayId:r.items[i]?._arrayId||`${n}-${t+1}`};return o._originalIndex>t&&(t=o._originalIndex),o});return z(R({},r),{items:i})},[]),[x,S]=(0,H.useState)(``),C=!!x,w=(0,H.useRef)([]);(0,H.useEffect)(()=>{w.current=f()},[]);let T=(0,H.useCallback)(t=>{if(e.type!==`array`||!e.arrayFields)return;let n=_.getState().config;return ot({value:t,fields:e.arrayFields,mappers:{slot:({value:e})=>e.map(e=>ge(e,n,!0))},config:n})},[_,e]),E=(0,H.useCallback)(()=>{let e=p(),t=e.items.map((e,t)=>z(R({},e),{_currentIndex:t})),r=_.getState().state,i={arrayState:z(R({},r.ui.arrayState),{[n]:z(R({},e),{items:t})})};c(i,!1)},[]),D=(0,H.useCallback)(e=>{let n=b(e);c(v(n),!1),t(e)},[b,c,v,t]);(0,H.useEffect)(()=>{let e=b(f());c(v(e),!1)},[m]);let O=I(`field-arrayitem-duplicate`),ee=I(`field-arrayitem-delete`);if(e.type!==`array`||!e.arrayFields)return null;let k=e.max!==void 0&&g?.items.length>=e.max||o;return(0,U.jsx)(s,{label:i||r,icon:a||(0,U.jsx)(Se,{size:16}),el:`div`,readOnly:o,children:(0,U.jsx)(C_,{onDragStart:e=>{w.current=f(),S(e),E()},onDragEnd:()=>{S(``),t(w.current);let e=u.getState();u.setState(zg(e,r,w.current)),E()},onMove:e=>{let t=p();if(t.items[e.source]._arrayId!==x)return;let r=et(w.current,e.source,e.target),i=et(t.items,e.source,e.target),a=_.getState().state,o={arrayState:z(R({},a.ui.arrayState),{[n]:z(R({},t),{items:i})})};c(o,!1),w.current=r},children:(0,U.jsxs)(`div`,{className:A_({hasItems:m>0,addDisabled:k}),children:[g.items.length>0&&(0,U.jsx)(`div`,{className:A_(`inner`),"data-dnd-container":!0,children:g.items.map((i,a)=>{let{_arrayId:s=`${n}-${a}`,_originalIndex:l=a,_currentIndex:u=a}=i;return(0,U.jsx)(N_,{index:u,dragIndex:a,originalIndex:l,arrayId:n,id:s,readOnly:o,field:e,name:r,localName:d,onChange:(e,n,r)=>{let i=f(),o=Array.from(i||[])[a]||{};t(Ke(i,a,z(R({},o),{[r]:e})),n)},onToggleExpand:(e,t)=>{c(v(t?{openId:``}:{openId:e}))},actions:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(`div`,{className:j_(`action`),children:(0,U.jsx)(Xe,{type:`button`,disabled:!!k,onClick:e=>{e.stopPropagation();let t=[...f()||[]],n=T(t[a]);t.splice(a,0,n),D(t)},title:O,children:(0,U.jsx)(Ge,{size:16})})}),(0,U.jsx)(`div`,{className:j_(`action`),children:(0,U.jsx)(Xe,{type:`button`,disabled:e.min!==void 0&&e.min>=g.items.length,onClick:e=>{e.stopPropagation();let t=[...f()||[]];t.splice(a,1),D(t)},title:ee,children:(0,U.jsx)(st,{size:16})})})]})},s)})}),!k&&(0,U.jsx)(`button`,{type:`button`,className:A_(`addButton`),onClick:()=>{if(C)return;let t=f()||[],n=typeof e.defaultItemProps==`function`?e.defaultItemProps(t.length):e.defaultItemProps??{},r=Ee(T(n),e.arrayFields),i=[...t,r];D(i)},children:(0,U.jsx)(ce,{size:21})})]})})})};B(),B(),B();var F_=(e,t=!0)=>t_(n=>t?O_(n,e):void 0);B();var I_=e=>L(t=>t.state.ui.field.focus===e),L_=(e,t,{tracked:n=!0,fallback:r}={})=>{let i=F_(e,n),a=I_(e),[o,s]=(0,H.useState)(i),c=(0,H.useCallback)((e,...n)=>{s(e),t(e,...n)},[t]);return(0,H.useEffect)(()=>{n&&(a||s(i))},[n,a,i]),n?[r!==void 0&&o==null?r:o,c]:[void 0,t]},R_=V(`Input`,Gg),z_=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=L_(i,t,{fallback:``});return(0,U.jsx)(s,{label:a||i,icon:o||(0,U.jsxs)(U.Fragment,{children:[e.type===`text`&&(0,U.jsx)(qe,{size:16}),e.type===`number`&&(0,U.jsx)(mt,{size:16})]}),readOnly:n,children:(0,U.jsx)(`input`,{className:R_(`input`),autoComplete:`off`,type:e.type,title:a||i,name:i,value:c,onChange:t=>{if(e.type===`number`){let n=Number(t.currentTarget.value);if(e.min!==void 0&&n<e.min||e.max!==void 0&&n>e.max)return;l(n)}else l(t.currentTarget.value)},readOnly:n,tabIndex:n?-1:void 0,id:r,min:e.type===`number`?e.min:void 0,max:e.type===`number`?e.max:void 0,placeholder:e.type===`text`||e.type===`number`?e.placeholder:void 0,step:e.type===`number`?e.step:void 0})})};B(),B(),B();var B_={"ExternalInput-actions":`_ExternalInput-actions_143vl_1`,"ExternalInput-button":`_ExternalInput-button_143vl_5`,"ExternalInput--dataSelected":`_ExternalInput--dataSelected_143vl_34`,"ExternalInput--readOnly":`_ExternalInput--readOnly_143vl_41`,"ExternalInput-detachButton":`_ExternalInput-detachButton_143vl_48`,ExternalInput:`_ExternalInput_143vl_1`,ExternalInputModal:`_ExternalInputModal_143vl_118`,"ExternalInputModal-grid":`_ExternalInputModal-grid_143vl_128`,"ExternalInputModal--filtersToggled":`_ExternalInputModal--filtersToggled_143vl_139`,"ExternalInputModal-filters":`_ExternalInputModal-filters_143vl_144`,"ExternalInputModal-masthead":`_ExternalInputModal-masthead_143vl_164`,"ExternalInputModal-tableWrapper":`_ExternalInputModal-tableWrapper_143vl_173`,"ExternalInputModal-table":`_ExternalInputModal-table_143vl_173`,"ExternalInputModal-thead":`_ExternalInputModal-thead_143vl_189`,"ExternalInputModal-th":`_ExternalInputModal-th_143vl_189`,"ExternalInputModal-td":`_ExternalInputModal-td_143vl_204`,"ExternalInputModal-tr":`_ExternalInputModal-tr_143vl_210`,"ExternalInputModal-tbody":`_ExternalInputModal-tbody_143vl_217`,"ExternalInputModal--hasData":`_ExternalInputModal--hasData_143vl_244`,"ExternalInputModal-loadingBanner":`_ExternalInputModal-loadingBanner_143vl_248`,"ExternalInputModal--isLoading":`_ExternalInputModal--isLoading_143vl_265`,"ExternalInputModal-searchForm":`_ExternalInputModal-searchForm_143vl_269`,"ExternalInputModal-search":`_ExternalInputModal-search_143vl_269`,"ExternalInputModal-searchIcon":`_ExternalInputModal-searchIcon_143vl_306`,"ExternalInputModal-searchIconText":`_ExternalInputModal-searchIconText_143vl_333`,"ExternalInputModal-searchInput":`_ExternalInputModal-searchInput_143vl_343`,"ExternalInputModal-searchActions":`_ExternalInputModal-searchActions_143vl_358`,"ExternalInputModal-searchActionIcon":`_ExternalInputModal-searchActionIcon_143vl_371`,"ExternalInputModal-footerContainer":`_ExternalInputModal-footerContainer_143vl_375`,"ExternalInputModal-footer":`_ExternalInputModal-footer_143vl_375`,"ExternalInputModal-field":`_ExternalInputModal-field_143vl_388`};B(),B();var V_=V(`Modal`,{Modal:`_Modal_g5xob_1`,"Modal--isOpen":`_Modal--isOpen_g5xob_15`,"Modal-inner":`_Modal-inner_g5xob_19`}),H_=({children:e,onClose:t,isOpen:n})=>{let[r,i]=(0,H.useState)(null);return(0,H.useEffect)(()=>{i(document.getElementById(`puck-portal-root`))},[]),r?(0,li.createPortal)((0,U.jsx)(`div`,{className:V_({isOpen:n}),onClick:t,children:(0,U.jsx)(`div`,{className:V_(`inner`),onClick:e=>e.stopPropagation(),children:e})}),r):(0,U.jsx)(`div`,{})};B(),B();var U_=V(`Heading`,{Heading:`_Heading_97eh4_1`,"Heading--xxxxl":`_Heading--xxxxl_97eh4_12`,"Heading--xxxl":`_Heading--xxxl_97eh4_18`,"Heading--xxl":`_Heading--xxl_97eh4_22`,"Heading--xl":`_Heading--xl_97eh4_26`,"Heading--l":`_Heading--l_97eh4_30`,"Heading--m":`_Heading--m_97eh4_34`,"Heading--s":`_Heading--s_97eh4_38`,"Heading--xs":`_Heading--xs_97eh4_42`}),W_=({children:e,rank:t,size:n=`m`})=>{let r=t?`h${t}`:`span`;return(0,U.jsx)(r,{className:U_({[n]:!0}),children:e})};B();var G_=V(`ExternalInput`,B_),$=V(`ExternalInputModal`,B_),K_=({count:e})=>{let t=I(`field-external-result-singular`,{count:e}),n=I(`field-external-result-plural`,{count:e});return(0,U.jsx)(`span`,{className:$(`footer`),children:e===1?t:n})},q_={},J_=({field:e,onChange:t,value:n=null,name:r,id:i,readOnly:a})=>{let{mapProp:o=e=>e,mapRow:s=e=>e,filterFields:c}=e||{},{enabled:l}=e.cache??{enabled:!0},[u,d]=(0,H.useState)([]),[f,p]=(0,H.useState)(!1),[m,h]=(0,H.useState)(!0),g=!!c,[_,v]=(0,H.useState)(e.initialFilters||{}),[y,b]=(0,H.useState)(g),x=(0,H.useMemo)(()=>u.map(s),[u]),S=(0,H.useMemo)(()=>{let e=new Set;for(let t of x)for(let n of Object.keys(t))(typeof t[n]==`string`||typeof t[n]==`number`||(0,H.isValidElement)(t[n]))&&e.add(n);return Array.from(e)},[x]),[C,w]=(0,H.useState)(e.initialQuery||``),T=(0,H.useCallback)((t,n)=>bt(null,null,function*(){h(!0);let r=`${i}-${t}-${JSON.stringify(n)}`,a;a=l&&q_[r]?q_[r]:yield e.fetchList({query:t,filters:n}),a&&(d(a),h(!1),l&&(q_[r]=a))}),[i,e]),E=(0,H.useCallback)(t=>e.renderFooter?e.renderFooter(t):(0,U.jsx)(K_,{count:t.items.length}),[e.renderFooter]);(0,H.useEffect)(()=>{T(C,_)},[]);let D=I(`field-external-item`),O=I(`field-external-search`),ee=I(`field-external-togglefilters`),k=I(`field-external-selectdata`);return(0,U.jsxs)(`div`,{className:G_({dataSelected:!!n,modalVisible:f,readOnly:a}),id:i,children:[(0,U.jsxs)(`div`,{className:G_(`actions`),children:[(0,U.jsx)(`button`,{type:`button`,onClick:()=>p(!0),className:G_(`button`),disabled:a,children:n?e.getItemSummary?e.getItemSummary(n):D:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(ye,{size:`16`}),(0,U.jsx)(`span`,{children:e.placeholder})]})}),n&&(0,U.jsx)(`button`,{type:`button`,className:G_(`detachButton`),onClick:()=>{t(null)},disabled:a,children:(0,U.jsx)(Te,{size:16})})]}),(0,U.jsx)(H_,{onClose:()=>p(!1),isOpen:f,children:(0,U.jsxs)(`form`,{className:$({isLoading:m,loaded:!m,hasData:x.length>0,filtersToggled:y}),onSubmit:e=>{e.preventDefault(),e.stopPropagation(),T(C,_)},children:[(0,U.jsx)(`div`,{className:$(`masthead`),children:e.showSearch?(0,U.jsxs)(`div`,{className:$(`searchForm`),children:[(0,U.jsxs)(`label`,{className:$(`search`),children:[(0,U.jsx)(`span`,{className:$(`searchIconText`),children:O}),(0,U.jsx)(`div`,{className:$(`searchIcon`),children:(0,U.jsx)(Pe,{size:`18`})}),(0,U.jsx)(`input`,{className:$(`searchInput`),name:`q`,type:`search`,placeholder:e.placeholder,onChange:e=>{w(e.currentTarget.value)},autoComplete:`off`,value:C})]}),(0,U.jsxs)(`div`,{className:$(`searchActions`),children:[(0,U.jsx)(Wg,{type:`submit`,loading:m,fullWidth:!0,children:O}),g&&(0,U.jsx)(`div`,{className:$(`searchActionIcon`),children:(0,U.jsx)(Xe,{type:`button`,title:ee,onClick:e=>{e.preventDefault(),e.stopPropagation(),b(!y)},children:(0,U.jsx)(Fe,{size:20})})})]})]}):(0,U.jsx)(W_,{rank:`2`,size:`xs`,children:e.placeholder||k})}),(0,U.jsxs)(`div`,{className:$(`grid`),children:[g&&(0,U.jsx)(`div`,{className:$(`filters`),children:g&&Object.keys(c).map(e=>{let t=c[e];return(0,U.jsx)(`div`,{className:$(`field`),children:(0,U.jsx)(qg,{label:t.label||e,children:(0,U.jsx)(mv,{field:t,id:`external_field_${e}_filter`,value:_[e],onChange:t=>{v(n=>{let r=z(R({},n),{[e]:t});return T(C,r),r})}})})},e)})}),(0,U.jsxs)(`div`,{className:$(`tableWrapper`),children:[(0,U.jsxs)(`table`,{className:$(`table`),children:[(0,U.jsx)(`thead`,{className:$(`thead`),children:(0,U.jsx)(`tr`,{className:$(`tr`),children:S.map(e=>(0,U.jsx)(`th`,{className:$(`th`),style:{textAlign:`left`},children:e},e))})}),(0,U.jsx)(`tbody`,{className:$(`tbody`),children:x.map((e,n)=>(0,U.jsx)(`tr`,{style:{whiteSpace:`nowrap`},className:$(`tr`),onClick:()=>{t(o(u[n])),p(!1)},children:S.map(t=>(0,U.jsx)(`td`,{className:$(`td`),children:e[t]},t))},n))})]}),(0,U.jsx)(`div`,{className:$(`loadingBanner`),children:(0,U.jsx)(fe,{size:24})})]})]}),(0,U.jsx)(`div`,{className:$(`footerContainer`),children:(0,U.jsx)(E,{items:x})})]})})]})},Y_=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let c=F_(r),l=e,u=e,d=I(`field-external-selectdata`);return(0,H.useEffect)(()=>{u.adaptor&&console.error("Warning: The `adaptor` API is deprecated. Please use updated APIs on the `external` field instead. This will be a breaking change in a future release.")},[]),e.type===`external`?(0,U.jsx)(o,{label:i||r,icon:a||(0,U.jsx)(ye,{size:16}),el:`div`,children:(0,U.jsx)(J_,{name:r,field:z(R({},l),{placeholder:u.adaptor?.name?`Select from ${u.adaptor.name}`:l.placeholder||d,mapProp:u.adaptor?.mapProp||l.mapProp,mapRow:l.mapRow,fetchList:u.adaptor?.fetchList?()=>bt(null,null,function*(){return yield u.adaptor.fetchList(u.adaptorParams)}):l.fetchList}),onChange:t,value:c,id:n,readOnly:s})}):null};B();var X_=V(`Input`,Gg),Z_=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let c=F_(i);return e.type!==`radio`||!e.options?null:(0,U.jsx)(s,{icon:o||(0,U.jsx)(He,{size:16}),label:a||i,readOnly:n,el:`div`,children:(0,U.jsx)(`div`,{className:X_(`radioGroupItems`),id:r,children:e.options.map(e=>(0,U.jsxs)(`label`,{className:X_(`radio`),children:[(0,U.jsx)(`input`,{type:`radio`,className:X_(`radioInput`),value:JSON.stringify({value:e.value}),name:i,onChange:e=>{t(JSON.parse(e.target.value).value)},disabled:n,checked:c===e.value}),(0,U.jsx)(`div`,{className:X_(`radioInner`),children:e.label||e.value?.toString()})]},e.label+e.value))})})};B();var Q_=V(`Input`,Gg),$_=({field:e,onChange:t,label:n,labelIcon:r,Label:i,id:a,name:o=a,readOnly:s})=>{let c=F_(o);return e.type!==`select`||!e.options?null:(0,U.jsx)(i,{label:n||o,icon:r||(0,U.jsx)(Re,{size:16}),readOnly:s,children:(0,U.jsxs)(`div`,{className:Q_(`select`),children:[(0,U.jsx)(`select`,{id:a,title:n||o,className:Q_(`input`),disabled:s,onChange:e=>{t(JSON.parse(e.target.value).value)},value:JSON.stringify({value:c}),children:e.options.map(e=>(0,U.jsx)(`option`,{label:e.label,value:JSON.stringify({value:e.value})},e.label+JSON.stringify(e.value)))}),(0,U.jsx)(Re,{size:18,className:Q_(`selectIcon`)})]})})};B();var ev=V(`Input`,Gg),tv=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=L_(i,t,{fallback:``});return(0,U.jsx)(s,{label:a||i,icon:o||(0,U.jsx)(qe,{size:16}),readOnly:n,children:(0,U.jsx)(`textarea`,{id:r,className:ev(`input`),autoComplete:`off`,name:i,value:c,onChange:e=>l(e.currentTarget.value),readOnly:n,tabIndex:n?-1:void 0,rows:5,placeholder:e.type===`textarea`?e.placeholder:void 0})})};B(),B();var nv=(0,H.memo)(e=>(0,U.jsx)(oi,z(R({},e),{editor:null,menu:(0,U.jsx)(re,{field:e.field,editor:null,editorState:null,readOnly:e.readOnly??!1}),children:(0,U.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e.content},contentEditable:!0})})));nv.displayName=`EditorFallback`;var rv=(0,H.lazy)(()=>k(()=>import(`./Editor-44C53YAG-DcJuru_G.js`).then(e=>({default:e.Editor})),__vite__mapDeps([22,20,4,5,17,18,21,1,2,3,6,7,8,9,10,11,12,13,14,15,16]))),iv=({onChange:e,readOnly:t=!1,id:n,name:r=n,label:i,labelIcon:a,Label:o,field:s})=>{let c={onChange:e,content:F_(r),readOnly:t,field:s,id:n,name:r};return(0,U.jsx)(U.Fragment,{children:(0,U.jsx)(o,{label:i||r,icon:a||(0,U.jsx)(qe,{size:16}),readOnly:t,el:`div`,children:(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(nv,R({},c)),children:(0,U.jsx)(rv,R({},c))})})})};B(),B();var av=V(`ObjectField`,{ObjectField:`_ObjectField_c5reb_1`,"ObjectField-fieldset":`_ObjectField-fieldset_c5reb_10`}),ov=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let{localName:c=r}=E_(),l=e_(),u=L(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),d=()=>O_(l.getState(),r)??{};return e.type!==`object`||!e.objectFields?null:(0,U.jsx)(o,{label:i||r,icon:a||(0,U.jsx)(Ie,{size:16}),el:`div`,readOnly:s,children:(0,U.jsx)(`div`,{className:av(),children:(0,U.jsx)(`fieldset`,{className:av(`fieldset`),children:Object.keys(e.objectFields).map(i=>{let a=e.objectFields[i],o=`${c}.${i}`;return(0,U.jsx)(k_,{id:`${n}_${i}`,name:r,subName:i,localName:c,field:a,forceReadOnly:!u,onChange:(e,n,r)=>{let i=d();i[r]!==e&&t(z(R({},i),{[r]:e}),n)}},o)})})})})};B();var sv=()=>{if(H.useId!==void 0)return H.useId();let[e]=(0,H.useState)(ve());return e},cv=V(`Input`,Gg),lv=V(`InputWrapper`,Gg),uv={array:P_,external:Y_,object:ov,select:$_,textarea:tv,radio:Z_,text:z_,number:z_,richtext:iv};function dv(e){let t=L(e=>e.dispatch),n=L(e=>e.overrides),r=L(ji(e=>e.selectedItem?.readOnly)),i=(0,H.useContext)(T_),{id:a,Label:o=Jg}=e,s=e.field,c=s.label,l=s.labelIcon,u=sv(),d=a||u,f=(0,H.useMemo)(()=>z(R({},n.fieldTypes),{custom:n.fieldTypes?.custom,array:n.fieldTypes?.array||uv.array,external:n.fieldTypes?.external||uv.external,object:n.fieldTypes?.object||uv.object,select:n.fieldTypes?.select||uv.select,textarea:n.fieldTypes?.textarea||uv.textarea,radio:n.fieldTypes?.radio||uv.radio,text:n.fieldTypes?.text||uv.text,number:n.fieldTypes?.number||uv.number,richtext:n.fieldTypes?.richtext||uv.richtext}),[n]),p=s.type===`custom`||!!n.fieldTypes?.[s.type],m=e.name??d,h=e_(),[g,_]=L_(m,(0,H.useMemo)(()=>p?(t,n)=>{var r;(r=e.onChange)==null||r.call(e,t,n),h.setState(zg(h.getState(),m,t))}:e.onChange,[p,e.onChange,m,h]),{tracked:p}),v=(0,H.useMemo)(()=>z(R({},e),{field:s,label:c,labelIcon:l,Label:o,id:d,value:g,onChange:_}),[e,s,c,l,o,d,g,_]),y=(0,H.useCallback)(e=>{v.name&&(e.target.nodeName===`INPUT`||e.target.nodeName===`TEXTAREA`)&&(e.stopPropagation(),t({type:`setUi`,ui:{field:{focus:v.name}}}))},[v.name]),b=(0,H.useCallback)(e=>{`name`in e.target&&t({type:`setUi`,ui:{field:{focus:null}}})},[]),x=(0,H.useMemo)(()=>s.type!==`custom`&&s.type!==`slot`?uv[s.type]:e=>null,[s.type]),S=s.type===`custom`?s.key:void 0,C=(0,H.useMemo)(()=>{if(s.type===`custom`&&!f[s.type])return s.render?s.render:null;if(s.type!==`slot`)return f[s.type]},[s.type,S,f]),{visible:w=!0}=e.field;if(!w||s.type===`slot`)return null;if(!C)throw Error(`Field type for ${s.type} did not exist.`);return(0,U.jsx)(T_.Provider,{value:{readOnlyFields:i.readOnlyFields||r||{},localName:i.localName??v.name},children:(0,U.jsx)(`div`,{className:lv(),onFocus:y,onBlur:b,onClick:e=>{e.stopPropagation()},children:(0,U.jsx)(C,z(R({},v),{children:(0,U.jsx)(x,R({},v))}))})})}function fv(e){return(0,U.jsx)(dv,R({},e))}function pv(e){var t=e,{value:n}=t,r=xt(t,[`value`]);let i=(0,H.useMemo)(()=>e=>(0,U.jsx)(`div`,z(R({},e),{className:cv({readOnly:r.readOnly})})),[r.readOnly]),a=e_(),o=(0,H.useCallback)(e=>{r.id&&(a.setState({[r.id]:e}),r.onChange(e))},[a,r.onChange,r.id]);return(0,H.useEffect)(()=>{r.id&&a.setState({[r.id]:n})},[r.id,n,a]),(0,U.jsx)(dv,z(R({},r),{onChange:o,Label:i}))}function mv(e){let t=sv();return e.field.type===`slot`?null:(0,U.jsx)($g.Provider,{value:{[t]:e.value},children:(0,U.jsx)(pv,z(R({},e),{id:t}))})}B(),B(),B(),B();var hv={DraggableComponent:`_DraggableComponent_1627v_1`,"DraggableComponent-overlayWrapper":`_DraggableComponent-overlayWrapper_1627v_6`,"DraggableComponent-overlay":`_DraggableComponent-overlay_1627v_6`,"DraggableComponent-loadingOverlay":`_DraggableComponent-loadingOverlay_1627v_38`,"DraggableComponent--hover":`_DraggableComponent--hover_1627v_54`,"DraggableComponent--isSelected":`_DraggableComponent--isSelected_1627v_72`,"DraggableComponent-actionsOverlay":`_DraggableComponent-actionsOverlay_1627v_89`,"DraggableComponent-actions":`_DraggableComponent-actions_1627v_89`,"DraggableComponent-actionsAction":`_DraggableComponent-actionsAction_1627v_111`};B();function gv(e){let t={x:0,y:0},n=e;for(;n&&n!==document.documentElement;){let e=n.parentElement;e&&(t.x+=e.scrollLeft,t.y+=e.scrollTop),n=e}return t}B();var _v=(0,H.createContext)(null),vv=(0,H.createContext)(xe(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:()=>{},unregisterRootVirtualizer:()=>{},scrollToComponent:()=>!1}))),yv=({children:e,store:t})=>(0,U.jsx)(vv.Provider,{value:t,children:e}),bv=({children:e,value:t})=>{let n=L(e=>e.dispatch),r=(0,H.useCallback)(e=>{n({type:`registerZone`,zone:e})},[n]),i=(0,H.useMemo)(()=>R({registerZone:r},t),[t]);return(0,U.jsx)(U.Fragment,{children:i&&(0,U.jsx)(_v.Provider,{value:i,children:e})})};B();var xv=(e,t=[])=>{let n=F();return(0,H.useCallback)(()=>{let t=()=>{},r=n=>{n?e(!1):(setTimeout(()=>{e(!0)},0),t&&t())},i=n.getState().state.ui.isDragging;return r(i),i&&(t=n.subscribe(e=>e.state.ui.isDragging,e=>{r(e)})),t},[n,...t])};B(),B(),B();var Sv=()=>{if(typeof window>`u`)return;let e=document.querySelector(`#preview-frame`);return e?.tagName===`IFRAME`?e.contentDocument||document:e?.ownerDocument||document};B(),B();var Cv=e=>typeof CSS<`u`&&typeof CSS.escape==`function`?CSS.escape(e):e,wv=e=>`[data-puck-component="${Cv(e)}"]`,Tv=e=>`[data-puck-dropzone="${Cv(e)}"]`,Ev={duration:250,easing:`ease`},Dv=10,Ov=e=>e.defaultView?.matchMedia(`(prefers-reduced-motion: reduce)`).matches??!1,kv=(e,{zones:t,itemId:n,targetZone:r,getExpectedOrder:i,initialExpectedOrder:a=[]},o)=>{let s=new Set(a),c=0,l=()=>{let a=e.querySelector(Tv(r)),u=i(),d=n??u.find(e=>!s.has(e)),f=d?a?.querySelector(`:scope > ${wv(d)}:not([data-dnd-dragging]):not([data-dnd-placeholder])`)??null:null,p=a?Array.from(a.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>e.getAttribute(`data-puck-component`)):[],m=new Set(p),h=u.filter(e=>m.has(e)),g=p.length===h.length&&p.every((e,t)=>e===h[t]),_=t.every(t=>t===r||!d||!e.querySelector(`${Tv(t)} > ${wv(d)}`));(!f||!g||!_)&&c<Dv?(c++,requestAnimationFrame(l)):o(f)};requestAnimationFrame(l)},Av=(e,t)=>{let n={x:0,y:0,scaleX:1,scaleY:1},r=e.ownerDocument.defaultView?.frameElement;for(;r&&r!==t;){let e=r.getBoundingClientRect(),t=r.offsetWidth?e.width/r.offsetWidth:1,i=r.offsetHeight?e.height/r.offsetHeight:1;n.x+=e.left,n.y+=e.top,n.scaleX*=t,n.scaleY*=i,r=r.ownerDocument.defaultView?.frameElement}return n},jv=(e,t)=>{let n=e.getBoundingClientRect();if(e.ownerDocument===t)return n;let r=Av(e,t.defaultView?.frameElement??null);return{left:n.left*r.scaleX+r.x,top:n.top*r.scaleY+r.y,width:n.width*r.scaleX,height:n.height*r.scaleY}},Mv=({element:e,feedbackElement:t,placeholder:n,translate:r})=>{if(Ov(t.ownerDocument))return;let i=n??e,a={frameTransform:t.ownerDocument===i.ownerDocument?null:void 0},o=new id(t,a),s=new id(i,a),c=zu(Au(t).translate)??r,l={x:c.x-(o.center.x-s.center.x),y:c.y-(o.center.y-s.center.y)};return t.setAttribute(`data-dnd-dropping`,``),t.animate({translate:[`${c.x}px ${c.y}px 0`,`${l.x}px ${l.y}px 0`]},Ev).finished.catch(()=>void 0).then(()=>{t.removeAttribute(`data-dnd-dropping`)})},Nv=({feedbackElement:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=e.ownerDocument,a=Sv()??i;if(Ov(i))return;let o=e.getBoundingClientRect(),s=r(),c=e.cloneNode(!0);c.removeAttribute(`id`),c.removeAttribute(`popover`),c.removeAttribute(`data-puck-component`),c.removeAttribute(`data-puck-dnd`),c.removeAttribute(`data-dnd-dragging`),c.setAttribute(`inert`,`true`),Object.assign(c.style,{position:`fixed`,left:`${o.left}px`,top:`${o.top}px`,width:`${o.width}px`,height:`${o.height}px`,margin:`0`,overflow:`hidden`,pointerEvents:`none`,transform:`none`,transition:`none`,translate:`none`,zIndex:`2147483647`});let l=a.createElement(`style`);l.textContent=`
    ${t?`${wv(t)} { visibility: hidden !important; }`:``}
    [data-puck-overlay] { opacity: 0 !important; }
  `,a.head.appendChild(l),i.body.appendChild(c);let u=()=>{c.remove(),l.remove()};kv(a,{zones:[n],itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:s},e=>{if(!e){u();return}let n=e.getAttribute(`data-puck-component`);!t&&n&&(l.textContent+=`
          ${wv(n)} { visibility: hidden !important; }
        `);let r=jv(e,i);c.animate({left:[`${o.left}px`,`${r.left}px`],top:[`${o.top}px`,`${r.top}px`],width:[`${o.width}px`,`${r.width}px`],height:[`${o.height}px`,`${r.height}px`]},z(R({},Ev),{fill:`forwards`})).finished.catch(()=>void 0).then(u)})},Pv=(e,t)=>{let n=e.source.manager?.dragOperation;if(!((n?.canceled??!1)||n?.target?.type===`void`)&&t)Nv(z(R({},t),{feedbackElement:e.feedbackElement}));else return Mv(e)};B();var Fv=(e,t)=>e.indexes.zones[t]?.contentIds??[],Iv=(e,t)=>{let n=F();return(0,H.useCallback)(r=>{let i=Object.values(e.getState().previewIndex??{}),a=t?i.find(e=>e?.props.id===t&&!e.ghost):i.find(e=>e?.type===`insert`),o=t?a?.linePlaceholder||a?.type===`insert`:!!a;return Pv(r,a&&o?{itemId:a.type===`move`?t:void 0,targetZone:a.zone,getExpectedOrder:()=>Fv(n.getState().state,a.zone)}:void 0)},[n,e,t])};B();function Lv(e,t){typeof e==`function`?e(t):e&&typeof e==`object`&&`current`in e&&(e.current=t)}function Rv(e,t){e.forEach(e=>{Lv(e,t)})}var zv=V(`DraggableComponent`,hv),Bv=100,Vv=8,Hv=Vv*6.5,Uv=-(Hv-8),Wv=Vv,Gv=({label:e,children:t,parentAction:n})=>(0,U.jsxs)(tt,{children:[(0,U.jsxs)(tt.Group,{children:[n,e&&(0,U.jsx)(tt.Label,{label:e})]}),(0,U.jsx)(tt.Group,{children:t})]}),Kv=({children:e})=>(0,U.jsx)(U.Fragment,{children:e}),qv=({children:e,depth:t,componentType:n,id:r,index:i,zoneCompound:a,isLoading:o=!1,isSelected:s=!1,debug:c,label:l,autoDragAxis:u,userDragAxis:d,inDroppableZone:f=!0,itemRef:p})=>{let m=L(e=>e.selectedItem?.props.id===r?e.zoomConfig.zoom:1),h=L(e=>e._experimentalFullScreenCanvas),g=L(e=>e.overrides),_=L(e=>e.dispatch),v=L(e=>e.iframe),y=(0,H.useRef)(0),b=(0,H.useContext)(_v),[x,S]=(0,H.useState)({}),C=(0,H.useCallback)((e,t)=>{var n;(n=b?.registerLocalZone)==null||n.call(b,e,t),S(n=>z(R({},n),{[e]:t}))},[S]),w=(0,H.useCallback)(e=>{var t;(t=b?.unregisterLocalZone)==null||t.call(b,e),S(t=>{let n=R({},t);return delete n[e],n})},[S]),T=Object.values(x).filter(Boolean).length>0,E=L(ji(e=>e.state.indexes.nodes[r]?.path)),D=L(ji(e=>{let t=be({index:i,zone:a},e.state);return e.permissions.getPermissions({item:t})})),O=(0,H.useContext)(vv),ee=F(),[k,te]=(0,H.useState)(d||u),A=(0,H.useMemo)(()=>b_(k),[k]),ne=Iv(O,r),{ref:re,isDragging:j,sortable:ie}=Pg({id:r,index:i,group:a,type:`component`,data:{areaId:b?.areaId,zone:a,index:i,componentType:n,containsActiveZone:T,depth:t,path:E||[],inDroppableZone:f},collisionPriority:t,collisionDetector:A,transition:{duration:200,easing:`cubic-bezier(0.2, 0, 0, 1)`},plugins:e=>[...e,Xf.configure({feedback:`clone`,dropAnimation:ne})]});(0,H.useEffect)(()=>{let e=O.getState().enabledIndex[a];ie.droppable.disabled=!e,ie.draggable.disabled=!D.drag;let t=O.subscribe(e=>{ie.droppable.disabled=!e.enabledIndex[a]});return M.current&&!D.drag?(M.current.setAttribute(`data-puck-disabled`,``),()=>{var e;(e=M.current)==null||e.removeAttribute(`data-puck-disabled`),t()}):t},[D.drag,a]);let[,ae]=(0,H.useState)(0),M=(0,H.useRef)(null),oe=(0,H.useCallback)(e=>{re(e),M.current!==e&&(M.current=e,ae(e=>e+1),p&&Rv([p],e))},[p,re]),[N,se]=(0,H.useState)();(0,H.useEffect)(()=>{se(v.enabled?M.current?.ownerDocument.body:M.current?.closest(`[data-puck-preview]`)??document.body)},[v.enabled]);let ce=(0,H.useCallback)(()=>{if(!M.current)return;let e=M.current,t=e.getBoundingClientRect(),n=v.enabled?null:e.closest(`[data-puck-preview]`),r=(()=>{let t=e;for(;t&&t!==document.documentElement;){if(getComputedStyle(t).position===`fixed`)return!0;t=t.parentElement}return!1})(),i=n?.getBoundingClientRect(),a=n?gv(n):{x:0,y:0},o=r?{x:0,y:0}:gv(e),s=r?{x:0,y:0}:{x:o.x-a.x-(i?.left??0),y:o.y-a.y-(i?.top??0)};return{left:`${t.left+s.x}px`,top:`${t.top+s.y}px`,height:`${t.height}px`,width:`${t.width}px`,position:r?`fixed`:void 0}},[v.enabled]),[le,ue]=(0,H.useState)(),de=(0,H.useRef)(null),pe=(0,H.useRef)(null),me=(0,H.useCallback)(()=>{ue(ce()),p&&Rv([p],M.current)},[ce,p]),he=(0,H.useCallback)(()=>{pe.current??=requestAnimationFrame(()=>{pe.current=null,me()})},[me]);(0,H.useEffect)(()=>()=>{pe.current!=null&&(cancelAnimationFrame(pe.current),pe.current=null)},[]),(0,H.useEffect)(()=>{if(M.current){let e=new ResizeObserver(()=>{he()});return e.observe(M.current),()=>{e.disconnect()}}},[he,p]);let P=L(e=>e.nodes.registerNode),ge=L(e=>e.nodes.unregisterNode),_e=(0,H.useCallback)(()=>{je(!1)},[]),ve=(0,H.useCallback)(()=>{je(!0)},[]),ye=(0,H.useRef)({sync:()=>null,hideOverlay:()=>null,showOverlay:()=>null});(0,H.useLayoutEffect)(()=>{ye.current.sync=me,ye.current.hideOverlay=_e,ye.current.showOverlay=ve},[_e,ve,me]),(0,H.useEffect)(()=>(P(r,ye.current),()=>{ge(r)}),[r,P,ge]);let xe=(0,H.useMemo)(()=>g.actionBar||Gv,[g.actionBar]),Se=(0,H.useMemo)(()=>g.componentOverlay||Kv,[g.componentOverlay]),Ce=(0,H.useCallback)(e=>{O.getState().draggedItem||(e.target.closest(`[data-puck-overlay-portal]`)||e.stopPropagation(),_(h?{type:`setUi`,ui:{itemSelector:s?null:{index:i,zone:a}}}:{type:`setUi`,ui:{itemSelector:{index:i,zone:a}}}))},[i,a,r,s,h]),we=(0,H.useCallback)(()=>{let{nodes:e,zones:t}=ee.getState().state.indexes,n=e[r],i=n?.parentId?e[n?.parentId]:null;if(!i||!n.parentId)return;let a=`${i.parentId}:${i.zone}`,o=t[a].contentIds.indexOf(n.parentId);_({type:`setUi`,ui:{itemSelector:{zone:a,index:o}}})},[b,E]),Te=(0,H.useCallback)(()=>{_({type:`duplicate`,sourceIndex:i,sourceZone:a})},[i,a]),Ee=(0,H.useCallback)(()=>{_({type:`remove`,index:i,zone:a})},[i,a]),[De,Oe]=(0,H.useState)(!1),ke=Xg(vv,e=>e.hoveringComponent===r);(0,H.useEffect)(()=>{if(!M.current)return;let e=M.current,t=e=>{O.getState().draggedItem?Oe(!!j):Oe(!0),e.stopPropagation()},n=e=>{e.stopPropagation(),Oe(!1)};return e.setAttribute(`data-puck-component`,r),e.setAttribute(`data-puck-dnd`,r),e.style.position=`relative`,e.addEventListener(`click`,Ce),e.addEventListener(`mouseover`,t),e.addEventListener(`mouseout`,n),()=>{e.removeAttribute(`data-puck-component`),e.removeAttribute(`data-puck-dnd`),e.removeEventListener(`click`,Ce),e.removeEventListener(`mouseover`,t),e.removeEventListener(`mouseout`,n)}},[M.current,Ce,T,a,r,j,f]);let[Ae,je]=(0,H.useState)(!1),[Me,Ne]=(0,H.useState)(!0),[Pe,Fe]=(0,H.useTransition)();(0,H.useEffect)(()=>{Fe(()=>{De||ke||s?(he(),je(!0),Le(!1)):je(!1)})},[De,ke,s,v]);let[Ie,Le]=(0,H.useState)(!1),Re=xv(e=>{e?Fe(()=>{me(),Ne(!0)}):Ne(!1)});(0,H.useEffect)(()=>{j&&Le(!0)},[j]),(0,H.useEffect)(()=>{if(Ie)return Re()},[Ie,Re]),(0,H.useEffect)(()=>{if(!Me||!(s||j))return;let e=M.current;if(!e)return;let t=e.ownerDocument,n=t.defaultView;if(!n)return;y.current=0,he();let r=()=>he(),i=()=>he();t.addEventListener(`scroll`,r,!0),n.addEventListener(`resize`,i);let a=0,o=e=>{if(e-y.current>=Bv){y.current=e;let t=M.current;if(t){let e=t.getBoundingClientRect(),n=de.current;(!n||Math.abs(e.x-n.x)>.5||Math.abs(e.y-n.y)>.5||Math.abs(e.width-n.width)>.5||Math.abs(e.height-n.height)>.5)&&(de.current=e,he())}}a=requestAnimationFrame(o)};return a=requestAnimationFrame(o),()=>{t.removeEventListener(`scroll`,r,!0),n.removeEventListener(`resize`,i),cancelAnimationFrame(a)}},[Me,s,j,he]);let ze=(0,H.useCallback)(e=>{if(e&&e.ownerDocument.defaultView){let t=e.getBoundingClientRect(),n=t.x<0,r=t.y<0;n&&(e.style.transformOrigin=`left top`,e.style.left=`0px`),r&&(e.style.top=`12px`,n||(e.style.transformOrigin=`right top`))}},[m]),Be=(0,H.useRef)(null);(0,H.useEffect)(()=>{ze(Be.current)},[Be.current,ze]),(0,H.useEffect)(()=>{if(d)te(d);else{if(M.current){let e=window.getComputedStyle(M.current);if(e.display===`inline`||e.display===`inline-block`){te(`x`);return}}te(u)}},[M,d,u]);let Ve=I(`action-selectparent`),He=I(`action-duplicate`),Ue=I(`action-delete`),Ke=(0,H.useMemo)(()=>b?.areaId&&b?.areaId!==`root`&&(0,U.jsx)(tt.Action,{onClick:we,label:Ve,children:(0,U.jsx)(We,{size:16})}),[b?.areaId,Ve]),qe=(0,H.useMemo)(()=>z(R({},b),{areaId:r,zoneCompound:a,index:i,depth:t+1,registerLocalZone:C,unregisterLocalZone:w}),[b,r,a,i,t,C,w]),Je=L(e=>e.currentRichText?.inlineComponentId===r?e.currentRichText:null),Ye=D.duplicate||D.delete;return(0,U.jsxs)(bv,{value:qe,children:[Me&&Ae&&(0,li.createPortal)((0,U.jsxs)(`div`,{className:zv({isSelected:s,isDragging:j,hover:De||ke}),style:R({},le),"data-puck-overlay":!0,children:[c,o&&(0,U.jsx)(`div`,{className:zv(`loadingOverlay`),children:(0,U.jsx)(fe,{})}),(0,U.jsx)(`div`,{className:zv(`actionsOverlay`),style:{top:Hv/m},children:(0,U.jsx)(`div`,{className:zv(`actions`),style:{transform:`scale(${1/m}`,top:Uv/m,right:0,paddingLeft:Wv,paddingRight:Wv},ref:Be,children:(0,U.jsxs)(xe,{parentAction:Ke,label:l,children:[Je&&(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(ci,{editor:Je.editor,field:Je.field,inline:!0,readOnly:!1}),Ye&&(0,U.jsx)(tt.Separator,{})]}),D.duplicate&&(0,U.jsx)(tt.Action,{onClick:Te,label:He,children:(0,U.jsx)(Ge,{className:zv(`actionsAction`)})}),D.delete&&(0,U.jsx)(tt.Action,{onClick:Ee,label:Ue,children:(0,U.jsx)(st,{className:zv(`actionsAction`)})})]})})}),(0,U.jsx)(`div`,{className:zv(`overlayWrapper`),children:(0,U.jsx)(Se,{componentId:r,componentType:n,hover:De,isSelected:s,children:(0,U.jsx)(`div`,{className:zv(`overlay`)})})})]}),N||document.body),e(oe)]})};B();var Jv={DropZone:`_DropZone_wc2ks_1`,"DropZone--hasChildren":`_DropZone--hasChildren_wc2ks_11`,"DropZone--isAreaSelected":`_DropZone--isAreaSelected_wc2ks_24`,"DropZone--hoveringOverArea":`_DropZone--hoveringOverArea_wc2ks_25`,"DropZone--isRootZone":`_DropZone--isRootZone_wc2ks_25`,"DropZone-item":`_DropZone-item_wc2ks_39`,"DropZone-linePlaceholder":`_DropZone-linePlaceholder_wc2ks_43`,"DropZone-hitbox":`_DropZone-hitbox_wc2ks_55`,"DropZone--isEnabled":`_DropZone--isEnabled_wc2ks_63`,"DropZone--isAnimating":`_DropZone--isAnimating_wc2ks_74`};B();var Yv=(e,{allow:t,disallow:n})=>{if(!e)return!0;let r=new Set(t),i=new Set(n);return n?(i.has(e)&&r.has(e)&&i.delete(e),!i.has(e)):!t||r.has(e)};B(),B();var Xv={Drawer:`_Drawer_1n90m_1`,"Drawer-draggable":`_Drawer-draggable_1n90m_8`,"Drawer-draggableBg":`_Drawer-draggableBg_1n90m_12`,"DrawerItem-draggable":`_DrawerItem-draggable_1n90m_22`,"DrawerItem--disabled":`_DrawerItem--disabled_1n90m_38`,DrawerItem:`_DrawerItem_1n90m_22`,"Drawer--isDraggingFrom":`_Drawer--isDraggingFrom_1n90m_48`,"DrawerItem-name":`_DrawerItem-name_1n90m_72`};B(),B(),B();function Zv(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function Qv(e,t){let n=()=>performance.now(),r,i=0;return function(...a){let o=n(),s=this;o-i>=t?(e.apply(s,a),i=o):(r?.(),r=Zv(()=>{e.apply(s,a),i=n()},t-(o-i)))}}B();var $v=class{constructor(e,t){this.scaleFactor=1,this.frameEl=null,this.frameRect=null,this.target=e,this.original=t,this.frameEl=document.querySelector(`iframe#preview-frame`),this.frameEl&&(this.frameRect=this.frameEl.getBoundingClientRect(),this.scaleFactor=this.frameRect.width/(this.frameEl.contentWindow?.innerWidth||1))}get x(){return this.original.x}get y(){return this.original.y}get global(){return document!==this.target.ownerDocument&&this.frameRect?{x:this.x*this.scaleFactor+this.frameRect.left,y:this.y*this.scaleFactor+this.frameRect.top}:this.original}get frame(){return document===this.target.ownerDocument&&this.frameRect?{x:(this.x-this.frameRect.left)/this.scaleFactor,y:(this.y-this.frameRect.top)/this.scaleFactor}:this.original}};B();var ey=typeof PointerEvent<`u`?PointerEvent:Event,ty=class extends ey{constructor(e,t){super(e,t),this._originalTarget=null,this.originalTarget=t.originalTarget}set originalTarget(e){this._originalTarget=e}get originalTarget(){return this._originalTarget}},ny=e=>e.sort((e,t)=>{let n=e.data,r=t.data;return n.depth>r.depth?1:r.depth>n.depth?-1:0}),ry=e=>{let t=e?.id;if(!e)return null;if(e.type===`component`){let n=e.data;t=n.containsActiveZone?null:n.zone}else if(e.type===`void`)return`void`;return t},iy=6,ay=(e,t)=>{let n=[],r=e.target.ownerDocument.elementsFromPoint(e.x,e.y),i=r.find(e=>e.getAttribute(`data-puck-preview`)),a=r.find(e=>e.getAttribute(`data-puck-drawer`));if(a&&(r=[a]),i){let t=Sv();t&&(r=t.elementsFromPoint(e.frame.x,e.frame.y))}if(r)for(let i=0;i<r.length;i++){let a=r[i],o=a.getAttribute(`data-puck-dropzone`),s=a.getAttribute(`data-puck-dnd`),c=a.hasAttribute(`data-puck-dnd-void`);if(iy&&(o||s)&&!c){let t=a.getBoundingClientRect(),n={left:t.left+iy,right:t.right-iy,top:t.top+iy,bottom:t.bottom-iy};if(e.frame.x<n.left||e.frame.x>n.right||e.frame.y>n.bottom||e.frame.y<n.top)continue}if(o){let e=t.registry.droppables.get(o);e&&n.push(e)}if(s){let e=t.registry.droppables.get(s);e&&n.push(e)}}return n},oy=(e,t)=>{let n=ay(e,t);if(n.length>0){let e=ny(n),r=t.dragOperation.source,i=e.findIndex(e=>e.id===r?.id),a=r?.id,o=[...e];a&&i>-1&&o.splice(i,1),o=o.filter(e=>{let t=e.data;if(a&&i>-1&&t.path.indexOf(a)>-1)return!1;if(e.type===`dropzone`){let t=e.data;if(!t.isDroppableTarget||t.areaId===a)return!1}else if(e.type===`component`&&!e.data.inDroppableZone)return!1;return!0}),o.reverse();let s=o[0];if(!s)return{zone:null,area:null};let c=s.data,l=`containsActiveZone`in c;return{zone:ry(s),area:l&&c.containsActiveZone?o[0].id:o[0]?.data.areaId}}return{zone:de,area:je}},sy=({onChange:e},t)=>class extends bs{constructor(n,r){super(n),typeof window<`u`&&this.registerEffect(()=>{let r=Qv(r=>{let i=new $v(r instanceof ty&&r.originalTarget||r.target,{x:r.clientX,y:r.clientY});document.elementsFromPoint(i.global.x,i.global.y).some(e=>e.id===t)&&e(oy(i,n),n)},50),i=e=>{r(e)};return document.body.addEventListener(`pointermove`,i,{capture:!0}),()=>{document.body.removeEventListener(`pointermove`,i,{capture:!0})}})}};B();var cy=({zones:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=Sv();if(!i||Ov(i))return()=>{};let a=Array.from(new Set(e)).map(e=>`${Tv(e)} > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`).join(`, `),o=()=>{let e=new Map;return i.querySelectorAll(a).forEach(n=>{let r=n.getAttribute(`data-puck-component`);r&&r!==t&&e.set(r,{el:n,rect:n.getBoundingClientRect()})}),e},s=o(),c=r();return()=>{kv(i,{zones:e,itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:c},()=>{o().forEach(({el:e,rect:t},n)=>{let r=s.get(n)?.rect;if(!r)return;let i=r.x-t.x,a=r.y-t.y;Math.abs(i)<1&&Math.abs(a)<1||e.animate({translate:[`${i}px ${a}px 0`,`0px 0px 0`]},Ev)})})}};B();var ly=(e,{isDraggingBetweenSlots:t=!1,isNewComponent:n=!1}={})=>e===`auto`?t||n?`static`:`fluid`:e;B(),B(),B();var uy=(e,t)=>{let n=e.indexes.nodes[t];if(!n)return;let r=`${n.parentId}:${n.zone}`;return{zone:r,index:e.indexes.zones[r].contentIds.indexOf(t)}};function dy(e,t,n=`force`,r=!1,i){return bt(this,null,function*(){let a=yield t().resolveComponentData(e,n);if(!a.didChange&&!r)return;let o=uy(t().state,a.node.props.id);o?t().dispatch({type:`replace`,data:le(a.node),destinationIndex:o.index,destinationZone:o.zone,ui:i}):console.warn(`Warning: Could not find component with id "${e.props.id}" to resolve its data. Component may have been removed or the id is invalid.`)})}var fy=(e,t,n,r)=>bt(null,null,function*(){let{getState:i}=r,a={type:`insert`,componentType:e,destinationIndex:n,destinationZone:t,id:ve(e)},o=i().state,s=se(o,a,i()),c=i().dispatch;c(z(R({},a),{recordHistory:!0}));let l={index:n,zone:t};c({type:`setUi`,ui:{itemSelector:l}});let u=be(l,s);u&&(yield dy(u,i,`insert`))});B();var py=(e,t,n,r)=>bt(null,null,function*(){let i=r.getState().dispatch;i({type:`move`,sourceIndex:t.index,sourceZone:t.zone??de,destinationIndex:n.index,destinationZone:n.zone??de,recordHistory:!1});let a=r.getState().state.indexes.nodes[e]?.data;a&&(yield dy(a,r.getState,`move`))});B();function my(e){function t(e){return e?e.getAttribute(`dir`)||t(e.parentElement):`ltr`}return e?t(e):`ltr`}B(),B(),B();var hy=(e,t,n)=>Math.max(t,Math.min(n,e)),gy=(e,t)=>{let n=hy(e.x,Math.min(t.x1,t.x2),Math.max(t.x1,t.x2)),r=hy(e.y,Math.min(t.y1,t.y2),Math.max(t.y1,t.y2));return Math.hypot(e.x-n,e.y-r)};B();var _y=e=>{let t=e.replace(/\[[^\]]*\]/g,` `).trim();return t&&t!==`none`?t.split(/\s+/).length:0},vy=(e,t,n=t.getComputedStyle(e))=>{let r=n.display,i=my(e)===`rtl`;if(r===`flex`||r===`inline-flex`){let e=n.flexDirection;if(e.startsWith(`row`)){let t=e===`row-reverse`;return{axis:`x`,reversed:i?!t:t}}return{axis:`y`,reversed:e===`column-reverse`}}return(r===`grid`||r===`inline-grid`)&&(n.gridAutoFlow.startsWith(`column`)||_y(n.gridTemplateColumns)>1)?{axis:`x`,reversed:i}:{axis:`y`,reversed:!1}},yy=({axis:e,reversed:t})=>{let n=e===`x`,r=t?-1:1;return{horizontal:n,reversed:t,forward:r,start:e=>n?t?e.right:e.left:t?e.bottom:e.top,end:e=>n?t?e.left:e.right:t?e.top:e.bottom,isBefore:(e,t)=>r>0?e<=t:e>=t}},by=(e,t,n)=>{let r=e.ownerDocument.defaultView;if(!r)return null;let i=new Map(n.map((e,t)=>[e,t])),a=Array.from(e.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>({index:i.get(e.getAttribute(`data-puck-component`)??``)??-1,el:e})).filter(e=>e.index!==-1).sort((e,t)=>e.index-t.index).map(({index:e,el:t})=>({index:e,rect:t.getBoundingClientRect()}));if(a.length===0)return 0;let{horizontal:o,reversed:s,start:c,end:l}=yy(vy(e,r)),u=(e,t,n,r=[n])=>{let i=1/0,a=-1/0;for(let e of r)i=Math.min(i,o?e.top:e.left),a=Math.max(a,o?e.bottom:e.right);return o?{index:e,x1:t,x2:t,y1:n.top,y2:n.bottom,laneStart:i,laneEnd:a}:{index:e,x1:n.left,x2:n.right,y1:t,y2:t,laneStart:i,laneEnd:a}},d=[],f=(e,t,n)=>{let r=n===`before`?c(t):l(t);return u(e,r,t)};for(let e=0;e<=a.length;e++){let t=a[e-1],n=a[e];if(!n)d.push(f(t.index+1,t.rect,`after`));else if(!t)d.push(f(n.index,n.rect,`before`));else if(n.index-t.index>1)d.push(f(t.index+1,t.rect,`after`)),d.push(f(n.index,n.rect,`before`));else if(s?l(t.rect)<c(n.rect):l(t.rect)>c(n.rect))d.push(f(n.index,n.rect,`before`)),d.push(f(n.index,t.rect,`after`));else{let e=(l(t.rect)+c(n.rect))/2;d.push(u(n.index,e,n.rect,[t.rect,n.rect]))}}let p=o?t.y:t.x,m=null,h=1/0,g=null,_=1/0;for(let e of d){let n=gy(t,e);n<h&&(h=n,m=e),p>=e.laneStart&&p<=e.laneEnd&&n<_&&(_=n,g=e)}return(g??m)?.index??null};B();var xy=(e,t)=>{let n=document.querySelector(`iframe#preview-frame`);if(!n||e.ownerDocument!==n.contentDocument)return t;let r=n.getBoundingClientRect(),i=r.width/(n.contentWindow?.innerWidth||1);return i>0?{x:(t.x-r.left)/i,y:(t.y-r.top)/i}:t},Sy=e=>{let t=F(),n=(0,H.useRef)(null),r=(0,H.useCallback)(e=>{let t=Sv()?.querySelector(`[data-puck-entry]`);e?t?.setAttribute(`data-puck-line-drag`,`true`):t?.removeAttribute(`data-puck-line-drag`)},[]),i=(0,H.useCallback)((e,n)=>{let r=Sv()?.querySelector(Tv(e));return r?by(r,xy(r,n.dragOperation.position.current),Fv(t.getState().state,e)):null},[t]),a=(0,H.useCallback)(n=>{let{previewIndex:r={}}=e.getState(),i=Object.values(r).find(e=>e?.linePlaceholder);if(!i)return;let a=Sv()?.querySelector(Tv(i.zone));if(!a)return;let o=xy(a,n.dragOperation.position.current),s=a.getBoundingClientRect();if(!(o.x>=s.left&&o.x<=s.right&&o.y>=s.top&&o.y<=s.bottom))return;let c=by(a,o,Fv(t.getState().state,i.zone));c!==null&&c!==i.index&&e.setState({previewIndex:z(R({},r),{[i.zone]:z(R({},i),{index:c})})})},[t,e]),o=(0,H.useCallback)(()=>{var e;(e=n.current)==null||e.call(n),n.current=null},[]),s=(0,H.useCallback)(e=>{o();let t=Sv();if(!t)return;let r=null,i=()=>{r===null&&(r=requestAnimationFrame(()=>{r=null,a(e)}))};t.addEventListener(`scroll`,i,{capture:!0,passive:!0}),n.current=()=>{r!==null&&cancelAnimationFrame(r),t.removeEventListener(`scroll`,i,{capture:!0})}},[o,a]);return(0,H.useEffect)(()=>o,[o]),{getTargetIndex:i,setActive:r,startScrollTracking:s,stopScrollTracking:o,update:a}},Cy=(0,H.createContext)({dragListeners:{}});function wy(e,t,n=[]){let{setDragListeners:r}=(0,H.useContext)(Cy);(0,H.useEffect)(()=>{r&&r(n=>z(R({},n),{[e]:[...n[e]||[],t]}))},n)}var Ty=100,Ey=e=>{let t=(0,H.useRef)(null);return(0,H.useCallback)(n=>{v_.setState({fallbackEnabled:!1});let r=ve();t.current=r,setTimeout(()=>{t.current===r&&(v_.setState({fallbackEnabled:!0}),n.collisionObserver.forceUpdate(!0))},e)},[])},Dy=({children:e,disableAutoScroll:t,behavior:n=`auto`})=>{let r=L(e=>e.dispatch),i=L(e=>e.instanceId),a=F(),o=(0,H.useRef)(null),s=Ey(100),[c]=(0,H.useState)(()=>{let e=new Map;return xe(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:(t,n)=>{e.set(t,n)},unregisterRootVirtualizer:t=>{e.delete(t)},scrollToComponent:t=>{let n=Array.from(e.values());if(n.length>0)for(let e of n){let n=e.resolveIndex(t);n<0||e.virtualizer.scrollToIndex(n,{behavior:`auto`,align:`auto`})}else(Sv()?.querySelector(wv(t)))?.scrollIntoView({behavior:`smooth`})}}))}),l=(0,H.useCallback)(e=>{let{zoneDepthIndex:t={},areaDepthIndex:n={}}=c.getState()||{},r=Object.keys(t).length>0,i=Object.keys(n).length>0,a=!1,o=!1;return(e.zone&&!t[e.zone]||!e.zone&&r)&&(a=!0),(e.area&&!n[e.area]||!e.area&&i)&&(o=!0),{zoneChanged:a,areaChanged:o}},[c]),u=(0,H.useCallback)((e,t)=>{let{zoneChanged:n,areaChanged:r}=l(e);(n||r)&&(c.setState({zoneDepthIndex:e.zone?{[e.zone]:!0}:{},areaDepthIndex:e.area?{[e.area]:!0}:{}}),s(t),setTimeout(()=>{t.collisionObserver.forceUpdate(!0)},50),o.current=null)},[c]),d=ui(u,Ty),f=()=>{d.cancel(),o.current=null};(0,H.useEffect)(()=>{},[]);let[p]=(0,H.useState)(()=>[...t?Yp.plugins.filter(e=>e!==Sp):Yp.plugins,sy({onChange:(e,t)=>{let n=c.getState(),{zoneChanged:r,areaChanged:i}=l(e),a=t.dragOperation.status.dragging;if(i||r){let t={},n={};e.zone&&(t={[e.zone]:!0}),e.area&&(n={[e.area]:!0}),c.setState({nextZoneDepthIndex:t,nextAreaDepthIndex:n})}if(e.zone!==`void`&&n?.zoneDepthIndex.void)u(e,t);else if(i){if(a){let n=o.current;n&&n.area===e.area&&n.zone===e.zone||(f(),d(e,t),o.current=e)}else f(),u(e,t)}else r&&u(e,t),f()}},i)]),m=c_(),[h,g]=(0,H.useState)({}),_=(0,H.useRef)(null),v=(0,H.useRef)(void 0),{getTargetIndex:y,setActive:b,startScrollTracking:x,stopScrollTracking:S,update:C}=Sy(c),w=(0,H.useMemo)(()=>({mode:`edit`,areaId:`root`,depth:0}),[]);return(0,U.jsx)(Cy.Provider,{value:{dragListeners:h,setDragListeners:g},children:(0,U.jsx)(Lm,{plugins:p,sensors:m,onDragEnd:(e,t)=>{S(),(Sv()?.querySelector(`[data-puck-entry]`))?.removeAttribute(`data-puck-dragging`);let{source:n,target:i}=e.operation;if(!n){b(!1),c.setState({draggedItem:null});return}let{zone:o,index:s}=n.data,{previewIndex:l={}}=c.getState()||{},u=Object.values(l).find(e=>e?.props.id===n.id&&!e.ghost)??null,d=!e.canceled&&i?.type!==`void`&&u?.linePlaceholder?cy({zones:v.current?[v.current.zone,u.zone]:[u.zone],itemId:u.type===`move`?u.props.id:void 0,targetZone:u.zone,getExpectedOrder:()=>Fv(a.getState().state,u.zone)}):null,f=()=>{var n,l;if(b(!1),c.setState({draggedItem:null}),e.canceled||i?.type===`void`){c.setState({previewIndex:{}}),(n=h.dragend)==null||n.forEach(n=>{n(e,t)}),r({type:`setUi`,ui:{itemSelector:null,isDragging:!1}});return}let f=u&&u.linePlaceholder&&v.current&&u.zone===v.current.zone&&u.index>v.current.index?u.index-1:u?.index??s;u&&(c.setState({previewIndex:{}}),u.type===`insert`?fy(u.componentType,u.zone,u.index,a):v.current&&py(u.props.id,v.current,z(R({},u),{index:f}),a),d?.());let p=v.current?.zone!==u?.zone||v.current?.index!==f;r({type:`setUi`,ui:{itemSelector:u?{index:f,zone:u.zone}:{index:s,zone:o},isDragging:!1},recordHistory:p}),(l=h.dragend)==null||l.forEach(n=>{n(e,t)})},p;p=ta(()=>{n.status===`idle`&&(f(),p?.())})},onDragMove:(e,t)=>{var n;C(t),(n=h.dragmove)==null||n.forEach(n=>{n(e,t)})},onDragOver:(e,t)=>{var r;if(e.preventDefault(),!c.getState()?.draggedItem)return;f();let{source:i,target:o}=e.operation;if(!o||!i||o.type===`void`)return;let[s]=i.id.split(`:`),[l]=o.id.split(`:`),u=i.data,d=u.zone,p=u.index,m=``,g=0;if(o.type===`component`){let e=o.data;m=e.zone;let n=t.collisionObserver.collisions[0]?.data;g=S_({position:x_(n?.direction,my(o.element)),sourceIndex:p,targetIndex:e.index,isSameZone:d===m})}else m=o.id.toString(),g=0;let x=a.getState().state.indexes.nodes[o.id]?.path||[];if(!(l===s||x.find(e=>{let[t]=e.split(`:`);return t===s}))){if(_.current===`new`){let e=ly(n,{isNewComponent:!0})===`static`;e&&(g=y(m,t)??g),b(e),c.setState({previewIndex:{[m]:{componentType:u.componentType,type:`insert`,index:g,zone:m,element:i.element,props:{id:i.id.toString()},linePlaceholder:e}}})}else{v.current||={zone:u.zone,index:u.index};let e=be(v.current,a.getState().state);if(e){let r=v.current.zone,a=r!==m,o=ly(n,{isDraggingBetweenSlots:a})===`static`;o&&(g=y(m,t)??g),b(o);let s={[m]:{componentType:u.componentType,type:`move`,index:g,zone:m,props:e.props,element:i.element,linePlaceholder:o}};if(o&&a){let t=c.getState().previewIndex[r],n=v.current.index;t&&!t.linePlaceholder&&(n=t.index),s[r]={componentType:u.componentType,type:`move`,index:n,zone:r,props:e.props,element:i.element,ghost:!0}}c.setState({previewIndex:s})}}(r=h.dragover)==null||r.forEach(n=>{n(e,t)})}},onDragStart:(e,t)=>{var r;n!==`fluid`&&x(t);let{source:i}=e.operation;if(i?.type===`component`){let e=i.data,t={zone:e.zone,index:e.index};v.current=t;let r=be(t,a.getState().state);if(r){let t=ly(n)===`static`;b(t),c.setState({previewIndex:{[e.zone]:{componentType:e.componentType,type:`move`,index:e.index,zone:e.zone,props:r.props,element:i.element,linePlaceholder:t}}})}}(r=h.dragstart)==null||r.forEach(n=>{n(e,t)})},onBeforeDragStart:e=>{let t=e.operation.source?.type===`drawer`;_.current=t?`new`:`existing`,v.current=void 0,c.setState({draggedItem:e.operation.source}),a.getState().selectedItem?.props.id===e.operation.source?.id?r({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}):r({type:`setUi`,ui:{itemSelector:null,isDragging:!0},recordHistory:!1}),(Sv()?.querySelector(`[data-puck-entry]`))?.setAttribute(`data-puck-dragging`,`true`),b(!1)},children:(0,U.jsx)(yv,{store:c,children:(0,U.jsx)(bv,{value:w,children:e})})})})},Oy=({children:e,disableAutoScroll:t,behavior:n})=>L(e=>e.status)===`LOADING`?e:(0,U.jsx)(Dy,{disableAutoScroll:t,behavior:n,children:e}),ky=V(`Drawer`,Xv),Ay=V(`DrawerItem`,Xv),jy=({children:e,name:t,label:n,dragRef:r,isDragDisabled:i})=>{let a=(0,H.useMemo)(()=>e||(({children:e})=>(0,U.jsx)(`div`,{className:Ay(`default`),children:e})),[e]);return(0,U.jsx)(`div`,{className:Ay({disabled:i}),ref:r,onMouseDown:e=>e.preventDefault(),"data-testid":r?`drawer-item:${t}`:``,"data-puck-drawer-item":!0,children:(0,U.jsx)(a,{name:t,children:(0,U.jsx)(`div`,{className:Ay(`draggableWrapper`),children:(0,U.jsxs)(`div`,{className:Ay(`draggable`),children:[(0,U.jsx)(`div`,{className:Ay(`name`),children:n??t}),(0,U.jsx)(`div`,{className:Ay(`icon`),children:(0,U.jsx)(r_,{})})]})})})})},My=({children:e,name:t,label:n,id:r,isDragDisabled:i})=>{let a=Iv((0,H.useContext)(vv)),{ref:o}=Vm({id:r,data:{componentType:t},disabled:i,type:`drawer`,plugins:[Xf.configure({dropAnimation:a})]});return(0,U.jsxs)(`div`,{className:ky(`draggable`),children:[(0,U.jsx)(`div`,{className:ky(`draggableBg`),children:(0,U.jsx)(jy,{name:t,label:n,children:e})}),(0,U.jsx)(`div`,{className:ky(`draggableFg`),children:(0,U.jsx)(jy,{name:t,label:n,dragRef:o,isDragDisabled:i,children:e})})]})},Ny=({name:e,children:t,id:n,label:r,index:i,isDragDisabled:a})=>{let o=n||e,[s,c]=(0,H.useState)(ve(o));return i!==void 0&&console.error("Warning: The `index` prop on Drawer.Item is deprecated and no longer required."),wy(`dragend`,()=>{c(ve(o))},[o]),(0,U.jsx)(`div`,{children:(0,U.jsx)(My,{name:e,label:r,id:s,isDragDisabled:a,children:t})},s)},Py=({children:e,droppableId:t,direction:n})=>{t&&console.error("Warning: The `droppableId` prop on Drawer is deprecated and no longer required."),n&&console.error("Warning: The `direction` prop on Drawer is deprecated and no longer required to achieve multi-directional dragging.");let r=sv(),{ref:i}=_h({id:r,type:`void`,collisionPriority:0});return(0,U.jsx)(`div`,{className:ky(),ref:i,"data-puck-dnd":r,"data-puck-drawer":!0,"data-puck-dnd-void":!0,children:e})};Py.Item=Ny,B();var Fy=(e,t)=>e.getState().state.indexes.zones[t].contentIds.length,Iy=({zoneCompound:e,userMinEmptyHeight:t,ref:n})=>{let r=F(),[i,a]=(0,H.useState)(0),[o,s]=(0,H.useState)(!1),{draggedItem:c,isZone:l}=Xg(vv,t=>({draggedItem:t.draggedItem?.data.zone===e?t.draggedItem:null,isZone:t.draggedItem?.data.zone===e})),u=(0,H.useRef)(0),d=xv(t=>{if(t){let t=Fy(r,e);if(a(0),t||u.current===0){s(!1);return}let n=r.getState().selectedItem,i=r.getState().state.indexes.zones,o=r.getState().nodes;o.setOverlayVisible(n?.props.id,!1),setTimeout(()=>{let t=i[e]?.contentIds||[];o.syncNodes(t),n&&setTimeout(()=>{o.syncNode(n.props.id),o.setOverlayVisible(n.props.id,!0)},200),s(!1)},100)}},[r,i,e]);(0,H.useEffect)(()=>{if(c&&n.current&&l){let t=n.current.getBoundingClientRect();return u.current=Fy(r,e),a(t.height),s(!0),d()}},[n.current,c,d]);let f=isNaN(Number(t))?t:`${t}px`;return[i?`${i}px`:f,o]};B(),B();function Ly(e,t){let n=zm();return(0,H.useCallback)((...t)=>bt(null,null,function*(){return yield n?.renderer.rendering,e(...t)}),[...t,n])}var Ry=(e,t)=>{let n=(0,H.useContext)(vv),r=Xg(vv,e=>e.previewIndex[t]),i=L(e=>e.state.ui.isDragging),[a,o]=(0,H.useState)(e),[s,c]=(0,H.useState)(r),l=Ly((e,t,n,r,i,a)=>{(!n||i)&&(t&&!t.linePlaceholder?o(Ce(e.filter(e=>e!==t.props.id),t.index,t.props.id)):o(i&&!a?e.filter(e=>e!==r):e),c(t))},[]);return(0,H.useEffect)(()=>{let t=n.getState(),a=t.draggedItem?.id,o=Object.values(t.previewIndex||{}),s=o.length>0,c=o.some(e=>e?.linePlaceholder);l(e,r,i,a,s,c)},[e,r,i]),[a,s]};B();var zy=`dynamic`,By=`x`,Vy=`y`,Hy=(e,t)=>{let n=L(e=>e.status),[r,i]=(0,H.useState)(t||Vy),a=(0,H.useCallback)(()=>{if(e.current){let t=window.getComputedStyle(e.current);t.display===`grid`?i(zy):t.display===`flex`&&t.flexDirection===`row`?i(By):i(Vy)}},[e.current]);return(0,H.useEffect)(()=>{let e=()=>{a()};return window.addEventListener(`viewportchange`,e),()=>{window.removeEventListener(`viewportchange`,e)}},[]),(0,H.useEffect)(a,[n,t]),[r,a]};B();var Uy=({componentId:e,zone:t})=>{let n=L(e=>e.config),r=L(e=>e.metadata),i=L(ji(n=>{let r=n.state.indexes;return(r.zones[`${e}:${t}`]?.contentIds??[]).map(e=>r.nodes[e].flatData)}));return(0,U.jsx)(Ci,{content:i,zone:t,config:n,metadata:r})};B();function Wy(e,t,n,r,i){let a=(0,H.useRef)(null),o=(0,H.useRef)(null),s=(0,H.useRef)(t.props),c=(0,H.useMemo)(()=>hi(n,r,i),[n,r,i]),l=(0,H.useMemo)(()=>{let n=(t.type===`root`?e.root:e.components?.[t.type])?.fields??{},r=a.current!==c,i,l=!1;if(!o.current||r)for(let e in t.props)n[e]?.type===`slot`&&(l=!0);else{i=[`id`];let e=new Set([...Object.keys(t.props),...Object.keys(o.current)]);for(let r of e)t.props[r]!==o.current[r]&&(i.push(r),n[r]?.type===`slot`&&(l=!0))}let u=ae(t,c,e,!1,l,i).props;return o.current=t.props,a.current=c,s.current=i?R(R({},s.current),u):u,s.current},[e,t,c]);return(0,H.useMemo)(()=>R(R({},t.props),l),[t.props,l])}B(),B(),B();var Gy=(e,t={})=>{if(!e)return;let{disableDrag:n=!1,disableDragOnFocus:r=!0}=t,i=e=>{e.stopPropagation()};e.addEventListener(`mouseover`,i,{capture:!0});let a=()=>{setTimeout(()=>{e.addEventListener(`pointerdown`,i,{capture:!0})},200)},o=()=>{e.removeEventListener(`pointerdown`,i,{capture:!0})};return n?e.addEventListener(`pointerdown`,i,{capture:!0}):r&&(e.addEventListener(`focus`,a,{capture:!0}),e.addEventListener(`blur`,o,{capture:!0})),e.setAttribute(`data-puck-overlay-portal`,`true`),()=>{e.removeEventListener(`mouseover`,i,{capture:!0}),n?e.removeEventListener(`pointerdown`,i,{capture:!0}):r&&(e.removeEventListener(`focus`,a,{capture:!0}),e.removeEventListener(`blur`,o,{capture:!0})),e.removeAttribute(`data-puck-overlay-portal`)}};B();var Ky=V(`InlineTextField`,{InlineTextField:`_InlineTextField_104qp_1`}),qy=(0,H.memo)(({propPath:e,componentId:t,value:n,isReadOnly:r,opts:i={}})=>{let a=(0,H.useRef)(null),o=F(),s=i.disableLineBreaks??!1;(0,H.useEffect)(()=>{let r=o.getState(),i=r.state.indexes.nodes[t].data;if(!r.getComponentConfig(i.type))throw Error(`InlineTextField Error: No config defined for ${i.type}`);if(a.current){let r=n??``;r!==a.current.innerText&&a.current.replaceChildren(r);let i=Gy(a.current),c=n=>bt(null,null,function*(){let r=o.getState().state.indexes.nodes[t],i=n.target.innerText;s&&(i=i.replaceAll(/\n/gm,``));let a=zg(r.data.props,e,i);yield dy(z(R({},r.data),{props:a}),o.getState,`replace`,!0)});return a.current.addEventListener(`input`,c),()=>{var e;(e=a.current)==null||e.removeEventListener(`input`,c),i?.()}}},[o,a.current,n,s]);let[c,l]=(0,H.useState)(!1),[u,d]=(0,H.useState)(!1);return(0,U.jsx)(`span`,{className:Ky(),ref:a,contentEditable:c||u?`plaintext-only`:`false`,onClick:e=>{e.preventDefault(),e.stopPropagation()},onClickCapture:e=>{e.preventDefault(),e.stopPropagation();let n=uy(o.getState().state,t);o.getState().setUi({itemSelector:n})},onKeyDown:e=>{e.stopPropagation(),(s&&e.key===`Enter`||r)&&e.preventDefault()},onKeyUp:e=>{e.stopPropagation(),e.preventDefault()},onMouseOverCapture:()=>l(!0),onMouseOutCapture:()=>l(!1),onFocus:()=>d(!0),onBlur:()=>d(!1)})}),Jy=()=>({text:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,U.jsx)(qy,{propPath:r,componentId:t,value:e,opts:{disableLineBreaks:!0},isReadOnly:i}):e,textarea:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,U.jsx)(qy,{propPath:r,componentId:t,value:e,isReadOnly:i}):e,custom:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable&&typeof e==`string`?(0,U.jsx)(qy,{propPath:r,componentId:t,value:e,isReadOnly:i}):e});B();var Yy=(0,H.lazy)(()=>k(()=>import(`./Editor-44C53YAG-DcJuru_G.js`).then(e=>({default:e.Editor})),__vite__mapDeps([22,20,4,5,17,18,21,1,2,3,6,7,8,9,10,11,12,13,14,15,16]))),Xy=(0,H.lazy)(()=>k(()=>import(`./Render-DQXAYUBI-D0PBEKkG.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([19,20,4,5,17,18,21]))),Zy=(0,H.memo)(({value:e,componentId:t,propPath:n,field:r,id:i})=>{let a=(0,H.useRef)(null),o=F(),s=e=>{e.preventDefault(),e.stopPropagation()},c=e=>{e.preventDefault(),e.stopPropagation();let n=uy(o.getState().state,t);o.getState().setUi({itemSelector:n})};(0,H.useEffect)(()=>{if(!a.current)return;let e=Gy(a.current,{disableDragOnFocus:!0});return()=>e?.()},[a.current]);let l=(0,H.useCallback)((e,r)=>bt(null,null,function*(){let i=o.getState().state.indexes.nodes[t],a=zg(i.data.props,n,e);yield dy(z(R({},i.data),{props:a}),o.getState,`replace`,!0,r)}),[o,t,n]),u=(0,H.useCallback)(e=>{o.setState({currentRichText:{inlineComponentId:t,inline:!0,field:r,editor:e,id:i}})},[r,t]);if(!r.contentEditable)return(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(yi,{content:e}),children:(0,U.jsx)(Xy,{content:e,field:r})});let d={content:e,onChange:l,field:r,inline:!0,onFocus:u,id:i,name:n};return(0,U.jsx)(`div`,{ref:a,onClick:s,onClickCapture:c,children:(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(nv,R({},d)),children:(0,U.jsx)(Yy,R({},d))})})});Zy.displayName=`InlineEditorWrapper`;var Qy=()=>({richtext:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>{let{contentEditable:a=!0,tiptap:o}=n;if(a===!1||i)return(0,U.jsx)(Xy,{content:e,field:n});let s=`${t}_${n.type}_${r}`;return(0,U.jsx)(Zy,{value:e,componentId:t,propPath:r,field:n,id:s},s)}});B(),B();function $y(e,t,n=[]){if(Object.is(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t))return!1;let r=new Set(n),i=Object.keys(e).filter(e=>!r.has(e)),a=Object.keys(t).filter(e=>!r.has(e));if(i.length!==a.length)return!1;for(let n=0;n<i.length;n++){let r=i[n];if(!Object.prototype.hasOwnProperty.call(t,r))return!1;let a=e[r],o=t[r];if(!Object.is(a,o))return!1}return!0}var eb=(0,H.memo)(({Component:e,componentProps:t})=>(0,U.jsx)(e,R({},t)),(e,t)=>{let n=!0;return`puck`in e.componentProps&&`puck`in t.componentProps&&(n=Ye(e.componentProps.puck,t.componentProps.puck)),e.Component===t.Component&&$y(e.componentProps,t.componentProps,[`puck`])&&n});B();var tb=5,nb=320,rb=new Map,ib=e=>rb.get(e)??nb,ab=(e,t)=>{t<=0||rb.set(e,t)},ob=({contentIds:e,zoneCompound:t,renderItem:n})=>{let r=L(e=>e.selectedItem?.props.id??null),i=Sv(),a=(0,H.useContext)(vv),o=Xg(vv,e=>{let t=e.draggedItem?.id;return t?String(t):null}),s=Xg(vv,e=>{if(e.draggedItem?.id){let[t]=Object.entries(e.previewIndex??{}).find(([,e])=>!e?.ghost)??[];return t?.split(`:`)[0]}return null}),c=i?.defaultView,l=(0,H.useRef)(new Map),u=F(),d=(0,H.useCallback)(t=>{if(!t||t===`root`)return-1;let n=e.indexOf(t);if(n>-1)return n;let r=u.getState().state.indexes.nodes?.[t]?.path??[];for(let t=r.length-1;t>=0;--t){let n=r[t]?.split(`:`)[0];if(!n||n===`root`)continue;let i=e.indexOf(n);if(i>-1)return i}return-1},[u,e]),f=(0,H.useMemo)(()=>{let e=new Set;return[r,o,s].forEach(t=>{let n=d(t);n>-1&&e.add(n)}),Array.from(e).sort((e,t)=>e-t)},[s,o,d,r]),p=(0,H.useCallback)(e=>{let t=O(e);return f.forEach(e=>{t.includes(e)||t.push(e)}),t.sort((e,t)=>e-t),t},[f]),m=T({count:e.length,getItemKey:t=>e[t],estimateSize:t=>ib(e[t]),getScrollElement:()=>c??null,overscan:tb,observeElementRect:(e,t)=>c?v(e,t):E(e,t),observeElementOffset:(e,t)=>c?ee(e,t):g(e,t),scrollToFn:(e,t,n)=>c?w(e,t,n):x(e,t,n),rangeExtractor:p,initialOffset:()=>c?c.scrollY:0});(0,H.useEffect)(()=>(a.getState().registerRootVirtualizer(t,{resolveIndex:e=>d(e),virtualizer:m}),()=>{a.getState().unregisterRootVirtualizer(t)}),[d,m,t,a]);let h=(0,H.useCallback)(e=>{let t=l.current.get(e);if(t)return t;let n=t=>{if(!t)return;let n=Math.ceil(t.getBoundingClientRect().height)||nb;typeof n==`number`&&n>0&&ab(e,n)};return l.current.set(e,n),n},[]);(0,H.useEffect)(()=>{let t=new Set(e);Array.from(l.current.keys()).forEach(e=>{t.has(e)||l.current.delete(e)})},[e]);let _=m.getVirtualItems(),y=m.getTotalSize(),b=(0,H.useMemo)(()=>{let t=[],r=0,i=-1;_.forEach(a=>{if(!a)return;let o=e[a.index],s=Math.max(a.start-r,0);s>0&&t.push((0,U.jsx)(`div`,{style:{height:`${s}px`}},`gap:${i}:${a.index}`)),t.push(n({componentId:o,index:a.index,measureRef:h(o)})),r=a.end,i=a.index});let a=Math.max(y-r,0);return a>0&&t.push((0,U.jsx)(`div`,{style:{height:`${a}px`}},`gap:${i}:end`)),t},[y,_,h]);return(0,U.jsx)(U.Fragment,{children:b})};B();var sb=V(`DropZone`,Jv),cb=`var(--puck-line-placeholder-width, 2px)`,lb=({zoneRef:e,contentIds:t,index:n})=>{let[r,i]=(0,H.useState)();return(0,H.useLayoutEffect)(()=>{let r=e.current,a=r?.ownerDocument.defaultView;if(!r||!a)return;let o=e=>e?a.getComputedStyle(e):void 0,s=e=>parseFloat(e??``)||0,c=e=>{let n=t[e];if(n===void 0)return;let i=r.querySelector(`:scope > ${wv(n)}:not([data-dnd-dragging])`);if(i)return{el:i,rect:i.getBoundingClientRect()}},l=r.getBoundingClientRect(),u=a.getComputedStyle(r),d=c(n-1),f=c(n),p=f??d,{horizontal:m,reversed:h,forward:g,start:_,end:v,isBefore:y}=yy(vy(r,a,u)),b=s(m?u.columnGap:u.rowGap),x=(e,t)=>{let n=t===`start`==!h?m?`marginLeft`:`marginTop`:m?`marginRight`:`marginBottom`;return s(o(e)?.[n])},S=s(u.borderLeftWidth),C=s(u.borderTopWidth),w=s(u.borderRightWidth),T=s(u.borderBottomWidth),E;E=f?d&&y(v(d.rect),_(f.rect))?(v(d.rect)+_(f.rect))/2:_(f.rect)-g*(Math.max(x(f.el,`start`),b)/2):d?v(d.rect)+g*(Math.max(x(d.el,`end`),b)/2):m?h?l.right-w-s(u.paddingRight):l.left+S+s(u.paddingLeft):h?l.bottom-T-s(u.paddingBottom):l.top+C+s(u.paddingTop),i(m?{top:(p?.rect.top??l.top+C+s(u.paddingTop))-l.top+r.scrollTop-C,height:p?.rect.height??l.height-C-T-s(u.paddingTop)-s(u.paddingBottom),left:hy(E-l.left+r.scrollLeft-S,0,r.scrollWidth),width:cb,transform:`translateX(-50%)`}:{left:(p?.rect.left??l.left+S+s(u.paddingLeft))-l.left+r.scrollLeft-S,width:p?.rect.width??l.width-S-w-s(u.paddingLeft)-s(u.paddingRight),top:hy(E-l.top+r.scrollTop-C,0,r.scrollHeight),height:cb,transform:`translateY(-50%)`})},[e,t,n]),r?(0,U.jsx)(`div`,{className:sb(`linePlaceholder`),style:r,"data-puck-line-placeholder":!0}):null},ub=V(`DropZone`,Jv),db=({element:e,label:t,override:n})=>e?(0,U.jsx)(`div`,{dangerouslySetInnerHTML:{__html:e.outerHTML}}):(0,U.jsx)(jy,{name:t,children:n}),fb=e=>(0,U.jsx)(mb,R({},e)),pb=(0,H.memo)(({zoneCompound:e,componentId:t,index:n,dragAxis:r,collisionAxis:i,inDroppableZone:a,itemRef:o})=>{let s=L(e=>e.metadata),{depth:c=1}=(0,H.useContext)(_v)??{},l=(0,H.useContext)(vv),u=L(ji(e=>e.state.indexes.nodes[t]?.flatData.props)),d=L(e=>e.state.indexes.nodes[t]?.data.type),f=L(ji(e=>e.state.indexes.nodes[t]?.data.readOnly)),p=F(),m=(0,H.useMemo)(()=>{if(u)return yt({type:d,props:u});let n=l.getState().previewIndex[e];return t===n?.props.id?{type:n.componentType,props:n.props,previewType:n.type,element:n.element}:null},[p,t,e,d,u]),h=L(e=>m?.type?e.config.components[m.type]:null),g=(0,H.useMemo)(()=>({renderDropZone:fb,isEditing:!0,dragRef:null,metadata:R(R({},s),h?.metadata)}),[s,h?.metadata]),_=L(e=>e.overrides),v=L(e=>e.componentState[t]?.loadingCount>0),y=L(e=>e.selectedItem?.props.id===t||!1),b=I(`label-component`),x=I(`canvas-noconfig`,{type:(m?.type)?.toString()??``}),S=h?.label??m?.type.toString()??b,C=(0,H.useMemo)(()=>z(R(R({},h?.defaultProps),m?.props),{puck:g,editMode:!0}),[h?.defaultProps,m?.props,g]),w=(0,H.useMemo)(()=>({type:m?.type??d,props:C}),[m?.type,d,C]),T=L(e=>e.config),E=L(e=>e.plugins),D=L(e=>e.fieldTransforms),O=Wy(T,w,(0,H.useMemo)(()=>R(R(R(R(R({},mi(fb,e=>(0,U.jsx)(Uy,{componentId:t,zone:e.zone}))),Jy()),Qy()),E.reduce((e,t)=>R(R({},e),t.fieldTransforms),{})),D),[E,D]),f,v);if(!m)return;let ee=h?h.render:()=>(0,U.jsx)(`div`,{style:{padding:48,textAlign:`center`},children:x}),k=m.type,te=`previewType`in m&&m.previewType===`insert`;return(0,U.jsx)(qv,{id:t,componentType:k,zoneCompound:e,depth:c+1,index:n,isLoading:v,isSelected:y,label:S,autoDragAxis:r,userDragAxis:i,inDroppableZone:a,itemRef:o,children:e=>h?.inline&&!te?(0,U.jsx)(eb,{Component:ee,componentProps:z(R({},O),{puck:z(R({},O.puck),{dragRef:e})})}):(0,U.jsx)(`div`,{ref:e,children:te?(0,U.jsx)(db,{label:S,override:_.componentItem??_.drawerItem,element:`element`in m&&m.element?m.element:void 0}):(0,U.jsx)(eb,{Component:ee,componentProps:O})})})}),mb=(0,H.forwardRef)(function({zone:e,allow:t,disallow:n,style:r,className:i,minEmptyHeight:a=`128px`,collisionAxis:o,as:s},c){let l=(0,H.useContext)(_v),u=F(),{areaId:d,depth:f=0,registerLocalZone:p,unregisterLocalZone:m}=l??{},h=L(ji(e=>d?e.state.indexes.nodes[d]?.path:null)),g=de;d&&e!==`root:default-zone`&&(g=`${d}:${e}`);let _=g===`root:default-zone`||e===`root:default-zone`||d===`root`,v=Xg(vv,e=>e.nextAreaDepthIndex[d||``]),y=L(ji(e=>e.state.indexes.zones[g]?.contentIds)),b=L(ji(e=>e.state.indexes.zones[g]?.type));(0,H.useEffect)(()=>{(!b||b===`dropzone`)&&l?.registerZone&&l?.registerZone(g)},[b,u]),(0,H.useEffect)(()=>{b===`dropzone`&&g!==`root:default-zone`&&console.warn(`DropZones have been deprecated in favor of slot fields and will be removed in a future version of Puck. Please see the migration guide: https://www.puckeditor.com/docs/guides/migrations/dropzones-to-slots`)},[b]);let x=(0,H.useMemo)(()=>y||[],[y]),S=(0,H.useRef)(null),C=(0,H.useCallback)(e=>Yv(e,{allow:t,disallow:n}),[t,n]),w=Xg(vv,e=>{let t=e.draggedItem?.data.componentType;return C(t)}),T=v||_,E=Xg(vv,e=>{let t=!0;return t=e.zoneDepthIndex[g]??!1,t&&=w,t});(0,H.useEffect)(()=>(p&&p(g,w||E),()=>{m&&m(g)}),[w,E,g]);let[D,O]=Ry(x,g),ee=O&&!O.linePlaceholder?1:0,k=D.length===ee,te=E&&k,A=(0,H.useContext)(vv);(0,H.useEffect)(()=>{let{enabledIndex:e}=A.getState();A.setState({enabledIndex:z(R({},e),{[g]:E})})},[E,A,g]);let{ref:ne}=_h({id:g,collisionPriority:E?f:0,disabled:!te,collisionDetector:g_,type:`dropzone`,data:{areaId:d,depth:f,isDroppableTarget:w,path:h||[]}}),re=L(e=>e?.selectedItem&&d===e?.selectedItem.props.id),[j]=Hy(S,o),[ie,ae]=Iy({zoneCompound:g,userMinEmptyHeight:a,ref:S}),M=(0,H.useCallback)(e=>{Rv([S,ne,c],e)},[ne]),oe=L(e=>e._experimentalVirtualization),N=s??`div`,se=oe&&(d??`root`)===`root`&&f===0;return(0,U.jsxs)(N,{className:`${ub({isRootZone:_,hoveringOverArea:T,isEnabled:E,isAreaSelected:re,hasChildren:x.length>0,isAnimating:ae})}${i?` ${i}`:``}`,ref:M,"data-testid":`dropzone:${g}`,"data-puck-dropzone":g,style:z(R({},r),{"--puck-slot-min-empty-height":ie,backgroundColor:r?.backgroundColor}),children:[se?(0,U.jsx)(ob,{contentIds:D,zoneCompound:g,renderItem:e=>(0,U.jsx)(pb,{zoneCompound:g,componentId:e.componentId,dragAxis:j,index:e.index,collisionAxis:o,inDroppableZone:w,itemRef:e.measureRef},e.componentId)}):D.map((e,t)=>(0,U.jsx)(pb,{zoneCompound:g,componentId:e,dragAxis:j,index:t,collisionAxis:o,inDroppableZone:w},e)),O?.linePlaceholder&&(0,U.jsx)(lb,{zoneRef:S,contentIds:x,index:O.index})]})}),hb=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=_i(e,t,t=>(0,U.jsx)(Ci,z(R({},t),{config:e,metadata:n}))),a=(0,H.useMemo)(()=>({areaId:i.id,depth:1}),[i]),o=Si(r.fields,i);return(0,U.jsx)(bv,{value:a,children:(0,U.jsx)(r.render,z(R(R({},i),o),{puck:z(R({},i.puck),{renderDropZone:gb,metadata:R(R({},n),r.metadata)})}))},i.id)},gb=e=>(0,U.jsx)(_b,R({},e)),_b=(0,H.forwardRef)(function({className:e,style:t,zone:n,as:r},i){let a=(0,H.useContext)(_v),{areaId:o=`root`}=a||{},{config:s,data:c,metadata:l}=(0,H.useContext)(bb),u=`${o}:${n}`,d=c?.content||[];(0,H.useEffect)(()=>{d||a?.registerZone&&a?.registerZone(u)},[d]);let f=r??`div`;return!c||!s?null:(u!==`root:default-zone`&&(d=Ne(c,u).zones[u]),(0,U.jsx)(f,{className:e,style:t,ref:i,children:d.map(e=>s.components[e.type]?(0,U.jsx)(hb,{config:s,item:e,metadata:l},e.props.id):null)}))}),vb=e=>(0,U.jsx)(yb,R({},e)),yb=(0,H.forwardRef)(function(e,t){return(0,H.useContext)(_v)?.mode===`edit`?(0,U.jsx)(U.Fragment,{children:(0,U.jsx)(mb,z(R({},e),{ref:t}))}):(0,U.jsx)(U.Fragment,{children:(0,U.jsx)(_b,z(R({},e),{ref:t}))})}),bb=H.createContext({config:{components:{}},data:{root:{},content:[]},metadata:{}});function xb({config:e,data:t,metadata:n={}}){let r=z(R({},t),{root:t.root||{},content:t.content||[]}),i=`props`in r.root?r.root.props:r.root,a=i?.title||``,o=z(R({},i),{puck:{renderDropZone:vb,isEditing:!1,dragRef:null,metadata:n},title:a,editMode:!1,id:`puck-root`}),s=_i(e,{type:`root`,props:o},t=>(0,U.jsx)(Ti,z(R({},t),{config:e,metadata:n}))),c=Si(e.root?.fields,o),l=(0,H.useMemo)(()=>({mode:`render`,depth:0}),[]);return e.root?.render?(0,U.jsx)(bb.Provider,{value:{config:e,data:r,metadata:n},children:(0,U.jsx)(bv,{value:l,children:(0,U.jsx)(e.root.render,z(R(R({},s),c),{children:(0,U.jsx)(gb,{zone:Ae})}))})}):(0,U.jsx)(bb.Provider,{value:{config:e,data:r,metadata:n},children:(0,U.jsx)(bv,{value:l,children:(0,U.jsx)(gb,{zone:Ae})})})}B(),B();function Sb(e,t,n){return bt(this,null,function*(){let r=t().state.indexes.nodes[e];r?yield dy(r.data,t,n):console.warn(`Warning: Could not find component with id "${e}" to resolve its data. Component may have been removed or the id is invalid.`)})}B();function Cb(e,t,n){return bt(this,null,function*(){let r=be(e,t().state);r?yield dy(le(r),t,n):console.warn(`Warning: Could not find component for selector "${JSON.stringify(e)}" to resolve its data. Component may have been removed or the selector is invalid.`)})}var wb=(e,t)=>{let n={back:e.history.back,forward:e.history.forward,setHistories:e.history.setHistories,setHistoryIndex:e.history.setHistoryIndex,hasPast:e.history.hasPast(),hasFuture:e.history.hasFuture(),histories:e.history.histories,index:e.history.index},r={appState:pe(e.state),config:e.config,dispatch:e.dispatch,getPermissions:e.permissions.getPermissions,refreshPermissions:e.permissions.refreshPermissions,resolveDataById:(e,n)=>Sb(e,t,n),resolveDataBySelector:(e,n)=>Cb(e,t,n),history:n,selectedItem:e.selectedItem||null,getItemBySelector:t=>be(t,e.state),getItemById:t=>e.state.indexes.nodes[t].data,getSelectorForId:t=>uy(e.state,t),getParentById:t=>{let n=e.state.indexes.nodes[t].parentId;if(n===null)return;let r=e.state.indexes.nodes[n];if(r)return r.data},dictionary:e.dictionary};return r.__private={appState:e.state},r},Tb=(0,H.createContext)(null),Eb=e=>({state:e.state,config:e.config,dispatch:e.dispatch,permissions:e.permissions,history:e.history,selectedItem:e.selectedItem,dictionary:e.dictionary}),Db=e=>{let[t]=(0,H.useState)(()=>xe(()=>wb(Eb(e.getState()),e.getState)));return(0,H.useEffect)(()=>e.subscribe(e=>Eb(e),n=>{t.setState(wb(n,e.getState))}),[]),t};function Ob(){return function(e){let t=(0,H.useContext)(Tb);if(!t)throw Error(`usePuck must be used inside <Puck>.`);return oe(t,e??(e=>e))}}B(),B(),B(),B(),B();var kb=V(`ComponentList`,{ComponentList:`_ComponentList_htktj_1`,"ComponentList--isExpanded":`_ComponentList--isExpanded_htktj_5`,"ComponentList-content":`_ComponentList-content_htktj_9`,"ComponentList-title":`_ComponentList-title_htktj_17`,"ComponentList-titleIcon":`_ComponentList-titleIcon_htktj_63`}),Ab=({name:e,label:t})=>{let n=L(e=>e.overrides),r=L(t=>t.permissions.getPermissions({type:e}).insert);return(0,H.useEffect)(()=>{n.componentItem&&console.warn("The `componentItem` override has been deprecated and renamed to `drawerItem`")},[n]),(0,U.jsx)(Py.Item,{label:t,name:e,isDragDisabled:!r,children:n.componentItem??n.drawerItem})},jb=({children:e,title:t,id:n})=>{let r=L(e=>e.config),i=L(e=>e.setUi),a=L(e=>e.state.ui.componentList),{expanded:o=!0}=a[n]||{},s=`puck-drawer-category-${n}`,c=I(`drawer-category-collapse`,{title:t??``}),l=I(`drawer-category-expand`,{title:t??``});return(0,U.jsxs)(`div`,{className:kb({isExpanded:o}),children:[t&&(0,U.jsxs)(`button`,{type:`button`,className:kb(`title`),"aria-expanded":o,"aria-controls":s,onClick:()=>i({componentList:z(R({},a),{[n]:z(R({},a[n]),{expanded:!o})})}),title:o?c:l,children:[(0,U.jsx)(`div`,{children:t}),(0,U.jsx)(`div`,{className:kb(`titleIcon`),children:o?(0,U.jsx)(ut,{size:12}):(0,U.jsx)(Re,{size:12})})]}),(0,U.jsx)(`div`,{className:kb(`content`),id:s,children:(0,U.jsx)(Py,{children:e||Object.keys(r.components).map(e=>(0,U.jsx)(Ab,{label:r.components[e].label??e,name:e},e))})})]})};jb.Item=Ab;var Mb=()=>{let[e,t]=(0,H.useState)(),n=L(e=>e.config),r=L(e=>e.state.ui.componentList),i=I(`drawer-category-other`);return(0,H.useEffect)(()=>{if(Object.keys(r).length>0){let e=[],a;a=Object.entries(r).map(([t,r])=>!r.components||(r.components.forEach(t=>{e.push(t)}),r.visible===!1)?null:(0,U.jsx)(jb,{id:t,title:n.categories?.[t]?.title||r.title||t,children:r.components.map((e,t)=>{let r=n.components[e]||{};return(0,U.jsx)(jb.Item,{label:r.label??e,name:e,index:t},e)})},t));let o=Object.keys(n.components).filter(t=>e.indexOf(t)===-1);o.length>0&&!r.other?.components&&r.other?.visible!==!1&&a.push((0,U.jsx)(jb,{id:`other`,title:r.other?.title||i,children:o.map((e,t)=>{let r=n.components[e]||{};return(0,U.jsx)(jb.Item,{name:e,label:r.label??e,index:t},e)})},`other`)),t(a)}},[n.categories,n.components,r,i]),e},Nb=()=>{let e=L(e=>e.overrides),t=Mb(),n=(0,H.useMemo)(()=>(e.components&&console.warn("The `components` override has been deprecated and renamed to `drawer`"),e.components||e.drawer||`div`),[e]);return(0,U.jsx)(n,{children:t||(0,U.jsx)(jb,{id:`all`})})};B();var Pb=V(`BlocksPlugin`,{BlocksPlugin:`_BlocksPlugin_9af19_1`}),Fb=(e={})=>({name:`blocks`,label:e.label??`Blocks`,render:()=>(0,U.jsx)(`div`,{className:Pb(),children:(0,U.jsx)(Nb,{})}),icon:e.icon??(0,U.jsx)(Le,{})});B(),B(),B();var Ib=(e,t)=>Object.keys(e.indexes.zones).filter(e=>e.split(`:`)[0]===t);B(),B(),B(),B(),B(),B(),B();function Lb(e,t){if(typeof e!=`string`)throw Error(`Can't get field definition for path (${e}): Path should be a string`);if(!t||typeof t!=`object`)return;let n=e.split(/\.|\[\d+\]/).filter(Boolean),r=t,i;for(let e=0;e<n.length;e++){let t=n[e];if(i=r[t],e===n.length-1)return i;if(!i||(i.type!==`object`||!i.objectFields)&&(i.type!==`array`||!i.arrayFields))return;i.type===`object`&&(r=i.objectFields),i.type===`array`&&(r=i.arrayFields)}}var Rb=(e,t,n)=>{let[r,i]=e.split(`:`);if(!i)return;let a=n[r]?.data.type;return Lb(i,(a&&a!==`root`?t.components[a]:t.root)?.fields)},zb={},Bb=(e,t,n)=>{if(n.zones[e]?.type!==`slot`)return zb;let r=Rb(e,t,n.nodes);return r?.type===`slot`?{allow:r.allow,disallow:r.disallow}:zb},Vb=`outline-item`,Hb=`outline-zone`,Ub=(e,t,n)=>{let r=e.get(t);if(r!==void 0)return r;let i=n();return e.set(t,i),i},Wb=(e,t,n,r,i)=>Ub(e,`zone:${t}`,()=>Yv(n,Bb(t,r,i))),Gb=(e,t,n,r,i)=>Ub(e,`childZones:${t}`,()=>Object.keys(i.zones).some(a=>a.startsWith(`${t}:`)&&Wb(e,a,n,r,i))),Kb=(e,t,n,r)=>Ub(e,`subtree:${t}`,()=>t===n||(r[t]?.path||[]).some(e=>e.split(`:`)[0]===n)),qb=(e,t)=>n=>{if(n.type!==Vb)return!1;let r=n.data,i=e.outlineStore.getState().acceptCache,{config:a,state:o}=e.appStore.getState(),s=o.indexes;return Kb(i,t.kind===`row`?t.itemId:t.zoneCompound.split(`:`)[0],r.itemId,s.nodes)?!1:t.kind===`zone`?Wb(i,t.zoneCompound,r.componentType,a,s):Wb(i,t.zoneCompound,r.componentType,a,s)||Gb(i,t.itemId,r.componentType,a,s)};B();var Jb=600,Yb=()=>{let e=null,t=null,n=()=>{e!==null&&(clearTimeout(e),e=null),t=null};return xe((r,i)=>({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map,startDrag:e=>r({status:`dragging`,draggedRow:e,acceptCache:new Map}),setTarget:(e,t)=>{let n=i();(n.indicator?.targetId!==e.targetId||n.indicator?.position!==e.position||n.drop?.zone!==t.zone||n.drop?.index!==t.index)&&r({indicator:e,drop:t})},clearTarget:()=>{(i().indicator!==null||i().drop!==null)&&r({indicator:null,drop:null})},scheduleExpand:(a,o)=>{t===a||i().tempExpandedIds.has(a)||(n(),t=a,r({expandCandidateId:a}),e=setTimeout(()=>{e=null,t=null,r(e=>({tempExpandedIds:new Set(e.tempExpandedIds).add(a),expandCandidateId:null})),o()},Jb))},cancelPendingExpand:()=>{n(),i().expandCandidateId!==null&&r({expandCandidateId:null})},endDrag:()=>{n(),r({status:`dropping`,indicator:null,drop:null,expandCandidateId:null})},reset:()=>{n(),r({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map})}}))},Xb=(0,H.createContext)(Yb()),Zb=()=>(0,H.useContext)(Xb),Qb=e=>Xg(Xb,e),$b=({kind:e,zoneCompound:t})=>{let n=F(),r=Zb(),i=`${e}:${t}`,{ref:a}=_h({id:i,type:Hb,accept:(0,H.useMemo)(()=>qb({appStore:n,outlineStore:r},{kind:`zone`,zoneCompound:t}),[n,r,t]),collisionDetector:g_,data:{kind:`zone`,zoneCompound:t}}),o=Qb(e=>e.indicator?.targetId===i);return(0,H.useMemo)(()=>({isDropTarget:o,ref:a}),[o,a])};B(),B();var ex=V(`DropLine`,{DropLine:`_DropLine_eyz3q_2`,"DropLine--top":`_DropLine--top_eyz3q_12`,"DropLine--bottom":`_DropLine--bottom_eyz3q_16`,"DropLine--outset":`_DropLine--outset_eyz3q_20`}),tx=({edge:e,outset:t})=>(0,U.jsx)(`div`,{className:ex({top:e===`top`,bottom:e===`bottom`,outset:!!t})});B(),B(),B(),B();var nx=(...e)=>[...e].filter(Boolean).join(` `);B();var rx=V(`LayerTree`,{"LayerTree-helper":`_LayerTree-helper_1m7e4_2`,"LayerTree-helperRoot":`_LayerTree-helperRoot_1m7e4_11`}),ix=({zoneCompound:e})=>{let{ref:t,isDropTarget:n}=$b({kind:`empty`,zoneCompound:e}),r=I(`outline-empty`),[i]=e.split(`:`),a=i===je;return(0,U.jsxs)(`li`,{className:nx(rx(`helper`),a?rx(`helperRoot`):void 0),"data-puck-drop-target":n||void 0,ref:t,children:[r,n&&(0,U.jsx)(tx,{edge:`top`})]})};B(),B();var ax=({componentType:e,index:t,itemId:n,zoneCompound:r})=>{let i=F(),a=Zb(),o=(0,H.useMemo)(()=>qb({appStore:i,outlineStore:a},{kind:`row`,itemId:n,zoneCompound:r}),[i,a,n,r]),s=(0,H.useMemo)(()=>b_(`y`),[]),{handleRef:c,ref:l,isDragSource:u}=Pg({id:n,index:t,group:r,type:Vb,accept:o,data:{kind:`row`,itemId:n,zoneCompound:r,index:t,componentType:e},collisionPriority:1,collisionDetector:s,transition:{duration:0},plugins:e=>[...e,Xf.configure({feedback:`clone`,dropAnimation:null})]}),{indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}=Qb(e=>({indicatorPosition:e.indicator?.targetId===n?e.indicator.position:null,isExpandCandidate:e.expandCandidateId===n,isTempExpanded:e.tempExpandedIds.has(n)}));return{rowRef:(0,H.useCallback)(e=>{l(e),c(e)},[l,c]),isDragSource:u,indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}};B();var ox={Layer:`_Layer_onfgu_1`,"Layer-inner":`_Layer-inner_onfgu_8`,"Layer--isSortable":`_Layer--isSortable_onfgu_18`,"Layer-content":`_Layer-content_onfgu_22`,"Layer-clickable":`_Layer-clickable_onfgu_29`,"Layer-caret":`_Layer-caret_onfgu_57`,"Layer--containsZone":`_Layer--containsZone_onfgu_68`,"Layer-title":`_Layer-title_onfgu_76`,"Layer-name":`_Layer-name_onfgu_85`,"Layer-icon":`_Layer-icon_onfgu_91`,"Layer-zones":`_Layer-zones_onfgu_101`,"Layer--isExpanded":`_Layer--isExpanded_onfgu_106`,"Layer--isSelected":`_Layer--isSelected_onfgu_115`,"Layer--isExpandCandidate":`_Layer--isExpandCandidate_onfgu_138`,"Layer--isDragSource":`_Layer--isDragSource_onfgu_143`};B(),B();var sx=V(`LayerActions`,{LayerActions:`_LayerActions_d90t9_2`,"LayerActions--visible":`_LayerActions--visible_d90t9_18`}),cx=({node:e,visible:t})=>{let n=L(e=>e.dispatch),r=Zb(),i=L(ji(t=>{let n=be({index:e.index,zone:e.zoneCompound},t.state),r=t.permissions.getPermissions({item:n});return{delete:r.delete,duplicate:r.duplicate}})),a=I(`outline-item-duplicate`),o=I(`outline-item-delete`),s=(0,H.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`remove`,index:e.index,zone:e.zoneCompound})},[n,r,e]),c=(0,H.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`duplicate`,sourceIndex:e.index,sourceZone:e.zoneCompound})},[n,r,e.index,e.zoneCompound]);return!i.delete&&!i.duplicate?null:(0,U.jsxs)(`div`,{className:sx({visible:t}),children:[i.duplicate&&(0,U.jsx)(Xe,{onClick:c,title:a,type:`button`,children:(0,U.jsx)(Ge,{})}),i.delete&&(0,U.jsx)(Xe,{onClick:s,title:o,type:`button`,children:(0,U.jsx)(st,{})})]})},lx=V(`Layer`,ox),ux=(0,H.forwardRef)(function({dataIndex:e,depth:t,isSelected:n,node:r,selectedId:i},a){let o=L(e=>e.dispatch),s=L(e=>e.state.ui.itemExpanded?.[r.itemId]??!1),c=Xg(vv,e=>e.hoveringComponent===r.itemId),l=L(e=>{let t=be({index:r.index,zone:r.zoneCompound},e.state);return e.permissions.getPermissions({item:t})?.drag}),{indicatorPosition:u,isDragSource:d,isExpandCandidate:f,isTempExpanded:p,rowRef:m}=ax({componentType:r.componentType,index:r.index,itemId:r.itemId,zoneCompound:r.zoneCompound}),h=(0,H.useContext)(vv),g=Zb(),_=I(`outline-item-collapse`),v=I(`outline-item-expand`),y=r.childZones.length>0,b=(0,H.useCallback)(e=>{o({type:`setUi`,ui:{itemSelector:e}})},[o]),x=s||p,S=u!==null,C=r.childZones.length!==1;return(0,U.jsxs)(`li`,{ref:a,className:lx({containsZone:y,isDragSource:d,isExpandCandidate:f,isExpanded:x,isHovering:c,isSelected:n,isSortable:l}),"data-index":e,"data-puck-layer-tree-id":r.itemId,children:[S&&(0,U.jsx)(tx,{edge:u===`before`?`top`:`bottom`,outset:!0}),(0,U.jsxs)(`div`,{className:lx(`inner`),ref:m,onMouseEnter:e=>{e.stopPropagation(),g.getState().status===`idle`&&h.setState({hoveringComponent:r.itemId})},onMouseLeave:e=>{e.stopPropagation(),h.setState({hoveringComponent:null})},children:[(0,U.jsx)(`div`,{className:lx(`caret`),children:(0,U.jsx)(Xe,{onClick:e=>{e.stopPropagation(),g.getState().status===`idle`&&o({type:`setUi`,ui:e=>{let t=R({},e.itemExpanded);return e.itemExpanded?.[r.itemId]?delete t[r.itemId]:t[r.itemId]=!0,{itemExpanded:t}},recordHistory:!1})},title:s?_:v,type:`button`,children:(0,U.jsx)(Qe,{})})}),(0,U.jsxs)(`div`,{className:lx(`content`),children:[(0,U.jsx)(`button`,{type:`button`,className:lx(`clickable`),onClick:()=>{g.getState().status===`idle`&&(b({index:r.index,zone:r.zoneCompound}),h.getState().scrollToComponent(r.itemId))},children:(0,U.jsxs)(`div`,{className:lx(`title`),children:[(0,U.jsx)(`div`,{className:lx(`icon`),children:r.componentType===`Text`||r.componentType===`Heading`?(0,U.jsx)(qe,{}):(0,U.jsx)(_e,{})}),(0,U.jsx)(`div`,{className:lx(`name`),children:r.label})]})}),(0,U.jsx)(cx,{node:r,visible:c&&!d})]})]}),y&&x&&r.childZones.map(e=>(0,U.jsx)(`div`,{className:lx(`zones`),children:(0,U.jsx)(Tx,{depth:C?t+1:t,selectedId:i,tree:C?e:z(R({},e),{label:void 0})})},e.zoneCompound))]})});B();var dx={LayerTree:`_LayerTree_o5tyt_1`,"LayerTree--nested":`_LayerTree--nested_o5tyt_12`},fx=V(`LayerTree`,dx),px=({depth:e,selectedId:t,tree:n})=>(0,U.jsxs)(`ul`,{className:fx({nested:e>0}),children:[n.items.length===0&&(0,U.jsx)(ix,{zoneCompound:n.zoneCompound}),n.items.map(n=>(0,U.jsx)(ux,{depth:e,isSelected:t===n.itemId,node:n,selectedId:t},n.itemId))]});B();var mx=V(`LayerTree`,dx),hx=32,gx=8,_x=new Map,vx=e=>_x.get(e)??hx,yx=(e,t)=>{t<=0||_x.set(e,t)},bx=e=>{let t=e?.parentElement??null;for(;t;){let{overflow:e,overflowY:n}=getComputedStyle(t);if([e,n].some(e=>/auto|scroll/.test(e)))return t;t=t.parentElement}return null},xx=({depth:e,selectedId:t,tree:n})=>{let r=(0,H.useRef)(null),i=Qb(e=>e.draggedRow?.zoneCompound===n.zoneCompound?e.draggedRow.index:null),a=(0,H.useCallback)(e=>{let t=O(e);return i!==null&&!t.includes(i)&&(t.push(i),t.sort((e,t)=>e-t)),t},[i]),o=T({count:n.items.length,estimateSize:e=>vx(n.items[e].itemId),getItemKey:e=>n.items[e].itemId,getScrollElement:()=>bx(r.current),overscan:gx,rangeExtractor:a,measureElement:e=>{let t=Math.ceil(e.getBoundingClientRect().height),n=e.dataset.puckLayerTreeId;return n&&yx(n,t),t||hx}}),s=o.getVirtualItems(),c=o.getTotalSize(),l=[],u=0,d=-1;s.forEach(r=>{let i=n.items[r.index],a=Math.max(r.start-u,0);a>0&&l.push((0,U.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${a}px`}},`gap:${n.zoneCompound}:${d}:${r.index}`)),l.push((0,U.jsx)(ux,{dataIndex:r.index,depth:e,isSelected:t===i.itemId,node:i,ref:o.measureElement,selectedId:t},i.itemId)),u=r.end,d=r.index});let f=Math.max(c-u,0);return f>0&&l.push((0,U.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${f}px`}},`gap:${n.zoneCompound}:${d}:end`)),(0,U.jsxs)(`ul`,{className:mx({nested:e>0}),ref:r,children:[n.items.length===0&&(0,U.jsx)(ix,{zoneCompound:n.zoneCompound}),l]})};B();var Sx=V(`LayerTree`,{"LayerTree-zoneTitle":`_LayerTree-zoneTitle_fvhlh_2`,"LayerTree-zoneIcon":`_LayerTree-zoneIcon_fvhlh_19`}),Cx=25,wx=({label:e,zoneCompound:t})=>{let{ref:n,isDropTarget:r}=$b({kind:`label`,zoneCompound:t});return(0,U.jsxs)(`div`,{className:Sx(`zoneTitle`),"data-puck-drop-target":r||void 0,ref:n,children:[(0,U.jsx)(`div`,{className:Sx(`zoneIcon`),children:(0,U.jsx)(Je,{})}),e,r&&(0,U.jsx)(tx,{edge:`bottom`})]})},Tx=({depth:e,selectedId:t,tree:n})=>{let r=e===0&&n.items.length>=Cx;return(0,U.jsxs)(U.Fragment,{children:[n.label&&(0,U.jsx)(wx,{label:n.label,zoneCompound:n.zoneCompound}),r?(0,U.jsx)(xx,{depth:e,selectedId:t,tree:n}):(0,U.jsx)(px,{depth:e,selectedId:t,tree:n})]})};B(),B(),B();function Ex(e,t){return Object.keys(t).some(t=>t.startsWith(`${e}:`))}var Dx=2,Ox=60,kx=(e,t)=>{let n,r=0,i=0,a=()=>{let o=Sv()?.querySelector(`[data-puck-component="${e}"]`),s=o?o.getBoundingClientRect().top:null;r=s===n?r+1:0,n=s,i+=1,r>=Dx||i>=Ox?t(e):requestAnimationFrame(a)};requestAnimationFrame(a)},Ax=e=>{if(typeof document>`u`)return;let t=document.getElementById(`preview-frame`);e?t?.setAttribute(`data-puck-outline-dragging`,`true`):t?.removeAttribute(`data-puck-outline-dragging`)},jx=(e,t)=>{let n=e.operation.source,r=n?.data;if(!n||!r)return;let i=t.appStore.getState(),a=be({zone:r.zoneCompound,index:r.index},i.state);!a||!i.permissions.getPermissions({item:a}).drag?e.preventDefault():(t.outlineDndStore.getState().startDrag({itemId:r.itemId,zoneCompound:r.zoneCompound,index:r.index,componentType:r.componentType}),Ax(!0),i.dispatch({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}))},Mx=(e,t,n)=>{let r=n.outlineDndStore.getState(),i=r.draggedRow;if(!i)return;let a=e.operation.target;if(!a){r.cancelPendingExpand(),r.clearTarget();return}let o=a.data;if(o.kind===`zone`){r.cancelPendingExpand(),r.setTarget({targetId:a.id.toString(),position:`inside`},{zone:o.zoneCompound,index:0});return}let{config:s,state:c}=n.appStore.getState(),l=c.indexes,u=r.acceptCache;if(Wb(u,o.zoneCompound,i.componentType,s,l)){let e=t.collisionObserver.collisions[0]?.data,n=x_(e?.direction);r.setTarget({targetId:a.id.toString(),position:n},{zone:o.zoneCompound,index:S_({position:n,sourceIndex:i.index,targetIndex:o.index,isSameZone:o.zoneCompound===i.zoneCompound})})}else r.clearTarget();let d=!!c.ui.itemExpanded?.[o.itemId]||r.tempExpandedIds.has(o.itemId),f=Ex(o.itemId,l.zones);!d&&f?r.scheduleExpand(o.itemId,()=>{requestAnimationFrame(()=>t.collisionObserver.forceUpdate(!0))}):r.cancelPendingExpand()},Nx=(e,t)=>{let{source:n}=e.operation,r=t.outlineDndStore.getState(),i=r.draggedRow,a=e.canceled?null:r.drop,o=t.appStore.getState().dispatch;if(Ax(!1),i&&a){py(i.itemId,{zone:i.zoneCompound,index:i.index},{zone:a.zone,index:a.index},t.appStore);let e=a.zone!==i.zoneCompound||a.index!==i.index;o({type:`setUi`,ui:{itemSelector:{zone:a.zone,index:a.index},isDragging:!1},recordHistory:e}),kx(i.itemId,t.scrollToComponent)}else o({type:`setUi`,ui:{isDragging:!1},recordHistory:!1});r.endDrag();let s=()=>t.outlineDndStore.getState().reset();if(!n||n.status===`idle`)s();else{let e=ta(()=>{n.status===`idle`&&(s(),e?.())})}},Px=[],Fx=({children:e})=>{let t=F(),n=(0,H.useContext)(vv),[r]=(0,H.useState)(()=>Yb()),i=L(e=>e.dnd?.disableOutlineDrag??!1),a=c_({mouse:[new zp.Distance({value:5})]}),o=(0,H.useMemo)(()=>({outlineDndStore:r,appStore:t,scrollToComponent:e=>n.getState().scrollToComponent(e)}),[r,t,n]);return(0,U.jsx)(Xb.Provider,{value:r,children:(0,U.jsx)(Lm,{sensors:i?Px:a,onBeforeDragStart:e=>{jx(e,o)},onDragOver:(e,t)=>{e.preventDefault(),Mx(e,t,o)},onDragMove:(e,t)=>{Mx(e,t,o)},onDragEnd:e=>{Nx(e,o)},children:e})})};B();var Ix={LayerTreeRoot:`_LayerTreeRoot_1qowl_1`};B();var Lx=e=>{let t={};return Object.keys(e).forEach(e=>{let[n]=e.split(`:`);n&&(t[n]||(t[n]=[]),t[n].push(e))}),t},Rx=(e,t,n,r)=>{if(r!==void 0)return r;let[,i]=e.split(`:`);if(i)return Rb(e,n,t)?.label??i},zx=({config:e,itemId:t,index:n,nodes:r,zoneCompound:i,zones:a,zonesByParent:o,componentFallbackLabel:s})=>{let c=(r[t]?.data.type)?.toString()??s,l=e.components[c]?.label??c;return{childZones:(o[t]||[]).map(t=>Bx({config:e,nodes:r,zoneCompound:t,zones:a,zonesByParent:o})),componentType:c,index:n,itemId:t,label:l,zoneCompound:i}},Bx=({config:e,label:t,nodes:n,zoneCompound:r,zones:i,zonesByParent:a=Lx(i),componentFallbackLabel:o})=>({items:(i[r]?.contentIds??[]).map((t,o)=>zx({config:e,itemId:t,index:o,nodes:n,zoneCompound:r,zones:i,zonesByParent:a})),label:Rx(r,n,e,t),zoneCompound:r}),Vx=V(`LayerTreeRoot`,Ix),Hx=({selectedId:e,trees:t})=>{let n=L(e=>e.dnd?.disableOutlineDrag??!1);return(0,U.jsx)(Fx,{children:(0,U.jsx)(`div`,{className:Vx(),"data-puck-dnd-disabled":n||void 0,children:t.map(t=>(0,U.jsx)(Tx,{depth:0,selectedId:e,tree:t},t.zoneCompound))})})};B(),B();var Ux=V(`CollapseAll`,{CollapseAll:`_CollapseAll_1r4cy_1`,"CollapseAll-icon":`_CollapseAll-icon_1r4cy_5`,"CollapseAll--visible":`_CollapseAll--visible_1r4cy_10`});function Wx({className:e}){let t=L(e=>Object.keys(e.state.ui.itemExpanded??{}).length>0),n=L(e=>e.dispatch),r=I(`outline-header-collapseall`);return(0,U.jsx)(`div`,{className:nx(Ux({visible:t}),e),children:(0,U.jsx)(Xe,{title:r,onClick:()=>{n({type:`setUi`,ui:{itemExpanded:{}}})},children:(0,U.jsx)(Be,{className:Ux(`icon`)})})})}var Gx=Wx;B(),B();var Kx=V(`OutlineHeader`,{OutlineHeader:`_OutlineHeader_ntv8r_1`}),qx=({children:e,title:t})=>{let n=I(`outline-header-title`);return(0,U.jsxs)(`div`,{className:Kx(),children:[(0,U.jsx)(W_,{rank:`2`,size:`xs`,children:n??t}),e]})};B();var Jx=V(`OutlineWrapper`,{OutlineWrapper:`_OutlineWrapper_b9ln0_1`,"OutlineWrapper-collapseAll":`_OutlineWrapper-collapseAll_b9ln0_9`,"OutlineWrapper-layers":`_OutlineWrapper-layers_b9ln0_15`}),Yx=({children:e})=>(0,U.jsx)(`div`,{className:Jx(),children:e}),Xx=()=>{let e=L(e=>e.overrides.outline),t=L(e=>e.config),n=L(e=>e.state.indexes.nodes),r=L(e=>e.state.indexes.zones),i=L(e=>e.selectedItem?.props.id||null),a=I(`label-component`),o=L(ji(e=>Ib(e.state,`root`))),s=(0,H.useMemo)(()=>o.map(e=>Bx({config:t,label:o.length===1?``:e.split(`:`)[1],nodes:n,zoneCompound:e,zones:r,componentFallbackLabel:a})),[t,n,o,r,a]),c=(0,H.useMemo)(()=>e||Yx,[e]);return(0,U.jsxs)(c,{children:[(0,U.jsx)(qx,{children:(0,U.jsx)(Gx,{className:Jx(`collapseAll`)})}),(0,U.jsx)(`div`,{className:Jx(`layers`),children:(0,U.jsx)(Hx,{selectedId:i,trees:s})})]})};B();var Zx=V(`OutlinePlugin`,{OutlinePlugin:`_OutlinePlugin_1ylsc_1`}),Qx=(e={})=>({name:`outline`,label:e.label??`Outline`,render:()=>(0,U.jsx)(`div`,{className:Zx(),children:(0,U.jsx)(Xx,{})}),icon:e.icon??(0,U.jsx)(Je,{})});B(),B(),B();var $x={Breadcrumbs:`_Breadcrumbs_8c6w5_1`,"Breadcrumbs-breadcrumbLabel":`_Breadcrumbs-breadcrumbLabel_8c6w5_7`,"Breadcrumbs-breadcrumb":`_Breadcrumbs-breadcrumb_8c6w5_7`};B();var eS=e=>{let t=L(e=>e.selectedItem?.props.id),n=L(e=>e.config),r=L(e=>e.state.indexes.nodes[t]?.path),i=F(),a=I(`label-page`),o=I(`label-component`);return(0,H.useMemo)(()=>{let t=r?.map(e=>{let[t]=e.split(`:`);if(t===`root`)return{label:n?.root?.label||a,selector:null};let r=i.getState().state.indexes.nodes[t],s=r.path[r.path.length-1],c=(i.getState().state.indexes.zones[s]?.contentIds||[]).indexOf(t);return{label:r?n.components[r.data.type]?.label??r.data.type:o,selector:r?{index:c,zone:r.path[r.path.length-1]}:null}})||[];return e?t.slice(t.length-e):t},[r,e,a,o])},tS=V(`Breadcrumbs`,$x),nS=({children:e,numParents:t=1})=>{let n=L(e=>e.setUi),r=eS(t);return(0,U.jsxs)(`div`,{className:tS(),children:[r.map((e,t)=>(0,U.jsxs)(`div`,{className:tS(`breadcrumb`),children:[(0,U.jsx)(`button`,{type:`button`,className:tS(`breadcrumbLabel`),onClick:()=>n({itemSelector:e.selector}),children:e.label}),(0,U.jsx)(Qe,{size:16})]},t)),e]})};B(),B();var rS=V(`PuckFields`,{PuckFields:`_PuckFields_wnj25_1`,"PuckFields--isLoading":`_PuckFields--isLoading_wnj25_6`,"PuckFields-loadingOverlay":`_PuckFields-loadingOverlay_wnj25_10`,"PuckFields-loadingOverlayInner":`_PuckFields-loadingOverlayInner_wnj25_25`,"PuckFields-field":`_PuckFields-field_wnj25_32`,"PuckFields--wrapFields":`_PuckFields--wrapFields_wnj25_36`}),iS=({children:e})=>(0,U.jsx)(U.Fragment,{children:e}),aS=(e,t)=>(n,r)=>bt(null,null,function*(){let{dispatch:i,state:a,selectedItem:o,resolveComponentData:s}=t.getState(),{data:c,ui:l}=a,{itemSelector:u}=l,d=c.root.props||c.root,f=o?o.props:d,p=z(R({},f),{[e]:n});if(o&&u){let e=yield s(z(R({},o),{props:p}),`replace`),n=uy(t.getState().state,o.props.id);if(!n)return;i({type:`replace`,destinationIndex:n.index,destinationZone:n.zone||`root:default-zone`,data:e.node,ui:r})}else c.root.props?i({type:`replaceRoot`,root:(yield s(z(R({},c.root),{props:p}),`replace`)).node,ui:R(R({},l),r),recordHistory:!0}):i({type:`setData`,data:{root:p}})}),oS=({fieldName:e})=>{let t=L(t=>t.fields.fields[e]),n=L(t=>((t.selectedItem?t.selectedItem.readOnly:t.state.data.root.readOnly)||{})[e]),r=L(n=>t?n.selectedItem?`${n.selectedItem.props.id}_${t.type}_${e}`:`root_${t.type}_${e}`:null),i=L(ji(e=>{let{selectedItem:t,permissions:n}=e;return t?n.getPermissions({item:t}):n.getPermissions({root:!0})})),a=F(),o=(0,H.useCallback)(aS(e,a),[e]),{visible:s=!0}=t??{},c=(0,H.useContext)($g.ctx);return(0,H.useEffect)(()=>a.subscribe(t=>t.getCurrentData().props?.[e],t=>{c.setState({[e]:t})}),[a,c]),!t||!r||!s||t.type===`slot`?null:(0,U.jsx)(`div`,{className:rS(`field`),children:(0,U.jsx)(fv,{field:t,name:e,id:r,readOnly:!i.edit||n,onChange:o})},r)},sS=(0,H.memo)(({fieldName:e})=>{let t=F(),n=(0,H.useMemo)(()=>{let n=t.getState().getCurrentData().props?.[e];return{[e]:n}},[]);return(0,U.jsx)($g.Provider,{value:n,children:(0,U.jsx)(oS,{fieldName:e})})}),cS=(0,H.memo)(({wrapFields:e=!0})=>{let t=L(e=>e.overrides),n=L(e=>((e.selectedItem?e.componentState[e.selectedItem.props.id]?.loadingCount:e.componentState.root?.loadingCount)??0)>0),r=L(ji(e=>e.state.ui.itemSelector)),i=L(e=>e.selectedItem?.props.id),a=F();De(a,i);let o=L(e=>e.fields.loading),s=L(ji(e=>e.fields.id===i?Object.keys(e.fields.fields):[])),c=o||n,l=(0,H.useMemo)(()=>t.fields||iS,[t]);return(0,U.jsxs)(`form`,{className:rS({wrapFields:e}),onSubmit:e=>{e.preventDefault()},children:[(0,U.jsx)(l,{isLoading:c,itemSelector:r,children:s.map(e=>(0,U.jsx)(sS,{fieldName:e},e))}),c&&(0,U.jsx)(`div`,{className:rS(`loadingOverlay`),children:(0,U.jsx)(`div`,{className:rS(`loadingOverlayInner`),children:(0,U.jsx)(fe,{size:16})})})]})});B();var lS=V(`FieldsPlugin`,{FieldsPlugin:`_FieldsPlugin_18cj3_1`,"FieldsPlugin-header":`_FieldsPlugin-header_18cj3_7`}),uS=()=>{let e=I(`label-page`);return L(e=>{let t=e.selectedItem;return t?e.config.components[t.type]?.label??t.type:null})??e},dS=({desktopSideBar:e=`right`,label:t,icon:n}={})=>({name:`fields`,label:t??`Fields`,render:()=>(0,U.jsxs)(`div`,{className:lS(),children:[(0,U.jsx)(`div`,{className:lS(`header`),children:(0,U.jsx)(nS,{numParents:2,children:(0,U.jsx)(uS,{})})}),(0,U.jsx)(cS,{})]}),icon:n??(0,U.jsx)(at,{}),mobileOnly:e===`right`});B(),B(),B(),B(),B();var fS=`@import "https://rsms.me/inter/inter.css";

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
}`,mS=`data-puck-style-source`,hS=`puck`,gS=`data-puck-style-id`,_S={uiDefault:`ui-default`,iframeInteractions:`iframe-styles`},vS=new WeakMap,yS=e=>{if(e)return e;if(typeof document<`u`)return document},bS=e=>{let t=vS.get(e);if(t)return t;let n=new Map;return vS.set(e,n),n},xS=(e,t,n=!1)=>{let r=e.head;r&&(t.parentElement===r?(n&&r.firstChild!==t&&r.prepend(t),!n&&r.lastChild!==t&&r.append(t)):n?r.prepend(t):r.append(t))},SS=(e,t,n,r=!1)=>{let i=e.createElement(`style`);return i.setAttribute(mS,hS),i.setAttribute(gS,t),i.textContent=n,xS(e,i,r),i},CS=e=>e?.getAttribute(mS)===hS,wS=e=>{let t=yS(e?.document);(0,H.useInsertionEffect)(()=>{if(!e||!t)return;let n=bS(t),r=n.get(e.id);if(r)r.count+=1,r.el.textContent!==e.cssText&&(r.el.textContent=e.cssText),xS(t,r.el,e.prepend);else{let r=SS(t,e.id,e.cssText,e.prepend);n.set(e.id,{count:1,el:r})}return()=>{let t=n.get(e.id);t&&(--t.count,t.count<=0&&(t.el.remove(),n.delete(e.id)))}},[e?.cssText,e?.id,e?.prepend,e?.document,t])},TS=null,ES=()=>TS===null?typeof document>`u`?!1:(TS=getComputedStyle(document.documentElement).getPropertyValue(`--_puck-styles-loaded`).trim()!==``,TS):TS,DS=()=>{wS(ES()?null:{cssText:fS,id:_S.uiDefault,prepend:!0}),(0,H.useEffect)(()=>{},[])},OS=e=>{wS(e?{cssText:pS,document:e,id:_S.iframeInteractions}:null)},kS=`style, link[rel="stylesheet"]`,AS=`data-puck-style-mirror`,jS=e=>!e.matches(kS)||CS(e)?!1:e.tagName!==`STYLE`||!!e.innerHTML.trim(),MS=e=>{let t=[];return e.querySelectorAll(kS).forEach(e=>{jS(e)&&t.push(e)}),t},NS=e=>Array.from(document.styleSheets).find(t=>t.ownerNode.href===e.href),PS=e=>{if(e)try{return Array.from(e.cssRules).map(e=>e.cssText).join(``)}catch{console.warn(`Access to stylesheet %s is denied. Ignoring…`,e.href)}return``},FS=(e,t)=>{let n=e.attributes;n?.length>0&&Array.from(n).forEach(e=>{t.setAttribute(e.name,e.value)})},IS=e=>setTimeout(e,0),LS=({children:e,debug:t=!1,onStylesLoaded:n=()=>null,syncHostStyles:r=!0})=>{let{document:i,window:a}=zS();return OS(i),(0,H.useEffect)(()=>{if(!a||!i)return()=>{};let e=[],o={},s=()=>{e.forEach(({mirror:e})=>{e.remove()}),e=[],Array.from(i.head.querySelectorAll(`[${AS}="true"]`)).forEach(e=>{e.remove()}),Object.keys(o).forEach(e=>{delete o[e]})},c=t=>e.findIndex(e=>e.original===t),l=(e,n=!1)=>bt(null,null,function*(){let r;if(e.nodeName===`LINK`&&n){r=document.createElement(`style`),r.type=`text/css`;let n=NS(e);n||=(yield new Promise(t=>{let n=()=>{t(),e.removeEventListener(`load`,n)};e.addEventListener(`load`,n)}),NS(e));let i=PS(n);if(!i){t&&console.warn(`Tried to load styles for link element, but couldn't find them. Skipping...`);return}r.innerHTML=i,r.setAttribute(`data-href`,e.getAttribute(`href`))}else r=e.cloneNode(!0);return r.setAttribute(AS,`true`),r}),u=n=>bt(null,null,function*(){let r=c(n);if(r>-1){t&&console.log(`Tried to add an element that was already mirrored. Updating instead...`),e[r].mirror.innerText=n.innerText;return}let a=yield l(n);if(!a)return;let s=(0,Ig.default)(a.outerHTML);o[s]?t&&console.log(`iframe already contains element that is being mirrored. Skipping...`):(o[s]=!0,i.head.append(a),e.push({original:n,mirror:a}),t&&console.log(`Added style node ${n.outerHTML}`))}),d=n=>{var r;let i=c(n);if(i===-1){t&&console.log(`Tried to remove an element that did not exist. Skipping...`);return}let a=(0,Ig.default)(n.outerHTML);(r=e[i]?.mirror)==null||r.remove(),delete o[a],t&&console.log(`Removed style node ${n.outerHTML}`)},f=new MutationObserver(e=>{e.forEach(e=>{e.type===`childList`&&(e.addedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&jS(t)&&IS(()=>u(t))}}),e.removedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&t.matches(kS)&&!CS(t)&&IS(()=>d(t))}}))})});if(!r)return n(),()=>{f.disconnect(),s()};let p=a.parent.document,m=MS(p),h=[],g=0,_=p.getElementsByTagName(`html`)[0];FS(_,i.documentElement);let v=p.getElementsByTagName(`body`)[0];return FS(v,i.body),Promise.all(m.map((t,n)=>bt(null,null,function*(){if(t.nodeName===`LINK`){let e=t.href;if(h.indexOf(e)>-1)return;h.push(e)}let n=yield l(t);if(n)return e.push({original:t,mirror:n}),n}))).then(e=>{let t=e.filter(e=>e!==void 0);t.forEach(e=>{e.onload=()=>{g+=1,g>=t.length&&n()},e.onerror=()=>{let r=e instanceof HTMLLinkElement?e.href:void 0;console.warn(`AutoFrame couldn't load a stylesheet${r?`: ${r}`:``}. This can happen if the parent document's stylesheet is blocked by the iframe's CSP, returns a non-2xx status, or fails to reach the network.`),g+=1,g>=t.length&&n()}}),i.head.querySelectorAll(`[${AS}="true"]`).forEach(e=>{e.remove()}),i.head.append(...t),t.forEach(e=>{e.nodeName===`STYLE`&&(g+=1)}),g>=t.length&&n(),f.observe(p.head,{childList:!0,subtree:!0}),t.forEach(e=>{let t=(0,Ig.default)(e.outerHTML);o[t]=!0})}),()=>{f.disconnect(),s()}},[r]),(0,U.jsx)(U.Fragment,{children:e})},RS=(0,H.createContext)({}),zS=()=>(0,H.useContext)(RS);function BS(e){var t=e,{children:n,className:r,debug:i,id:a,onReady:o=()=>{},onNotReady:s=()=>{},frameRef:c,syncHostStyles:l=!0}=t,u=xt(t,[`children`,`className`,`debug`,`id`,`onReady`,`onNotReady`,`frameRef`,`syncHostStyles`]);let[d,f]=(0,H.useState)(!1),[p,m]=(0,H.useState)({}),[h,g]=(0,H.useState)(),[_,v]=(0,H.useState)(!1);return(0,H.useEffect)(()=>{d&&v(!l)},[d,l]),(0,H.useEffect)(()=>{if(c.current){let e=c.current.contentDocument,t=c.current.contentWindow;m({document:e||void 0,window:t||void 0}),g(c.current.contentDocument?.getElementById(`frame-root`)),e&&t&&_?o():s()}},[c,d,_]),(0,U.jsx)(`iframe`,z(R({},u),{className:r,id:a,srcDoc:`<!DOCTYPE html><html><head></head><body><div id="frame-root" data-puck-entry></div></body></html>`,ref:c,onLoad:()=>{f(!0)},children:(0,U.jsx)(RS.Provider,{value:p,children:d&&h&&(0,U.jsx)(LS,{debug:i,onStylesLoaded:()=>v(!0),syncHostStyles:l,children:(0,li.createPortal)(n,h)})})}))}BS.displayName=`AutoFrame`;var VS=BS;B();var HS=mi(fb),US=(0,H.memo)(()=>{let e=L(ji(e=>e.state.indexes.nodes.root?.flatData.props)),t=L(e=>e.config),n=L(e=>e.metadata),r=Wy(t,(0,H.useMemo)(()=>{let t=le({props:e??{}});return yt(t)},[e]),HS),i=(0,H.useMemo)(()=>z(R({},r),{children:(0,U.jsx)(vb,{zone:de}),puck:{renderDropZone:vb,isEditing:!0,dragRef:null,metadata:n},editMode:!0}),[r,n]),a=Si(t.root?.fields??{},i);return t.root?.render?t.root?.render(z(R(R({},i),a),{id:`puck-root`})):(0,U.jsx)(U.Fragment,{children:i.children})});US.displayName=`EditorPage`;var WS=US;B();var GS=V(`PuckPreview`,{PuckPreview:`_PuckPreview_zbic3_1`,"PuckPreview-frame":`_PuckPreview-frame_zbic3_6`}),KS=e=>{let t=L(e=>e.status);(0,H.useEffect)(()=>{if(e.current&&t===`READY`){let t=e.current,n=e=>{let n=new ty(`pointermove`,z(R({},e),{bubbles:!0,cancelable:!1,clientX:e.clientX,clientY:e.clientY,pointerId:e.pointerId,pointerType:e.pointerType,isPrimary:e.isPrimary,originalTarget:e.target}));t.dispatchEvent(n)},r=()=>{var e;i(),(e=t.contentDocument)==null||e.addEventListener(`pointermove`,n,{capture:!0})},i=()=>{var e;(e=t.contentDocument)==null||e.removeEventListener(`pointermove`,n)};return r(),()=>{i()}}},[t])},qS=e=>{let t=L(e=>e.state.ui.previewMode),n=L(e=>e.status),r=L(e=>e.iframe.enabled);(0,H.useEffect)(()=>{(r?(e.current?.contentDocument)?.querySelector(`[data-puck-entry]`):e.current)?.setAttribute(`data-puck-preview-mode`,t)},[t,n,r])},JS=({id:e=`puck-preview`})=>{let t=L(e=>e.dispatch),n=L(e=>e.config),r=L(e=>e.setStatus),i=L(e=>e.iframe),a=L(e=>e.overrides),o=L(e=>e.metadata),s=L(e=>e.state.ui.previewMode===`edit`?null:e.state.data),c=(0,H.useMemo)(()=>a.iframe,[a]),l=(0,H.useRef)(null);KS(l),qS(l);let u=s?(0,U.jsx)(xb,{data:s,config:n,metadata:o}):(0,U.jsx)(WS,{});return(0,H.useEffect)(()=>{i.enabled||r(`READY`)},[i.enabled]),(0,U.jsx)(`div`,{className:GS(),id:e,"data-puck-preview":!0,onClick:e=>{let n=e.target;!n.hasAttribute(`data-puck-component`)&&!n.hasAttribute(`data-puck-dropzone`)&&t({type:`setUi`,ui:{itemSelector:null}})},children:i.enabled?(0,U.jsx)(VS,{id:`preview-frame`,className:GS(`frame`),"data-rfd-iframe":!0,syncHostStyles:i.syncHostStyles,onReady:()=>{r(`READY`)},onNotReady:()=>{r(`MOUNTED`)},frameRef:l,children:(0,U.jsx)(RS.Consumer,{children:({document:e})=>c?(0,U.jsx)(c,{document:e,children:u}):u})}):(0,U.jsx)(`div`,{id:`preview-frame`,className:GS(`frame`),ref:l,"data-puck-entry":!0,children:u})})};B(),B();var YS=({overrides:e,plugins:t})=>{let n=R({},e);return t?.forEach(e=>{e.overrides&&Object.keys(e.overrides).forEach(t=>{let r=t;if(!e.overrides?.[r])return;if(r===`fieldTypes`){let t=e.overrides.fieldTypes;Object.keys(t).forEach(e=>{n.fieldTypes=n.fieldTypes||{};let r=n.fieldTypes[e],i=n=>t[e](z(R({},n),{children:r?r(n):n.children}));n.fieldTypes[e]=i});return}let i=n[r];n[r]=t=>e.overrides[r](z(R({},t),{children:i?i(t):t.children}))})}),n},XS=({overrides:e,plugins:t})=>(0,H.useMemo)(()=>YS({overrides:e,plugins:t}),[t,e]);B(),B();var ZS={Puck:`_Puck_tzaxg_19`,"Puck-portal":`_Puck-portal_tzaxg_31`,PuckLayout:`_PuckLayout_tzaxg_36`,"PuckLayout-inner":`_PuckLayout-inner_tzaxg_40`,"Puck--hidePlugins":`_Puck--hidePlugins_tzaxg_73`,"PuckLayout--mounted":`_PuckLayout--mounted_tzaxg_78`,"PuckLayout--mobilePanelHeightToggle":`_PuckLayout--mobilePanelHeightToggle_tzaxg_82`,"PuckLayout--leftSideBarVisible":`_PuckLayout--leftSideBarVisible_tzaxg_82`,"PuckLayout--isExpanded":`_PuckLayout--isExpanded_tzaxg_90`,"PuckLayout--mobilePanelHeightMinContent":`_PuckLayout--mobilePanelHeightMinContent_tzaxg_110`,"PuckLayout--rightSideBarVisible":`_PuckLayout--rightSideBarVisible_tzaxg_137`,"PuckLayout-mounted":`_PuckLayout-mounted_tzaxg_156`,"PuckLayout-nav":`_PuckLayout-nav_tzaxg_197`,"PuckLayout-header":`_PuckLayout-header_tzaxg_217`,PuckPluginTab:`_PuckPluginTab_tzaxg_231`,"PuckPluginTab--visible":`_PuckPluginTab--visible_tzaxg_237`,"PuckPluginTab-body":`_PuckPluginTab-body_tzaxg_243`};B();var QS=({children:e})=>(0,U.jsx)(U.Fragment,{children:e});B();var $S=()=>{let e=F(),t=(0,H.useCallback)(()=>{let t=e.getState().dispatch;t({type:`setUi`,ui:e=>({previewMode:e.previewMode===`edit`?`interactive`:`edit`})})},[e]);_t({meta:!0,i:!0},t),_t({ctrl:!0,i:!0},t)};B(),B(),B();var eC=V(`MenuBar`,{MenuBar:`_MenuBar_1hxnj_1`,"MenuBar--menuOpen":`_MenuBar--menuOpen_1hxnj_14`,"MenuBar-inner":`_MenuBar-inner_1hxnj_29`,"MenuBar-history":`_MenuBar-history_1hxnj_45`});function tC({menuOpen:e=!1,renderHeaderActions:t,setMenuOpen:n}){let r=L(e=>e.history.back),i=L(e=>e.history.forward),a=L(e=>e.history.hasFuture()),o=L(e=>e.history.hasPast()),s=I(`header-undo`),c=I(`header-redo`);return(0,U.jsx)(`div`,{className:eC({menuOpen:e}),onClick:e=>{let t=e.target;window.matchMedia(`(min-width: 638px)`).matches||t.tagName===`A`&&t.getAttribute(`href`)?.startsWith(`#`)&&n(!1)},children:(0,U.jsxs)(`div`,{className:eC(`inner`),children:[(0,U.jsxs)(`div`,{className:eC(`history`),children:[(0,U.jsx)(Xe,{type:`button`,title:s,disabled:!o,onClick:r,children:(0,U.jsx)(rt,{size:21})}),(0,U.jsx)(Xe,{type:`button`,title:c,disabled:!a,onClick:i,children:(0,U.jsx)(me,{size:21})})]}),(0,U.jsx)(U.Fragment,{children:t&&t()})]})})}B();var nC=V(`PuckHeader`,{PuckHeader:`_PuckHeader_c2nei_1`,"PuckHeader--hidePlugins":`_PuckHeader--hidePlugins_c2nei_21`,"PuckHeader-inner":`_PuckHeader-inner_c2nei_26`,"PuckHeader-toggle":`_PuckHeader-toggle_c2nei_46`,"PuckHeader-rightSideBarToggle":`_PuckHeader-rightSideBarToggle_c2nei_52`,"PuckHeader-leftSideBarToggle":`_PuckHeader-leftSideBarToggle_c2nei_53`,"PuckHeader-title":`_PuckHeader-title_c2nei_64`,"PuckHeader-path":`_PuckHeader-path_c2nei_68`,"PuckHeader-tools":`_PuckHeader-tools_c2nei_75`,"PuckHeader-menuButton":`_PuckHeader-menuButton_c2nei_81`,"PuckHeader--menuOpen":`_PuckHeader--menuOpen_c2nei_86`}),rC=(0,H.memo)(({hidePlugins:e})=>{let{onPublish:t,renderHeader:n,renderHeaderActions:r,headerTitle:i,headerPath:a,iframe:o}=GC(),s=L(e=>e.dispatch),c=F(),l=(0,H.useMemo)(()=>n?(console.warn("`renderHeader` is deprecated. Please use `overrides.header` and the `usePuck` hook instead"),e=>{var t=e,{actions:r}=t,i=xt(t,[`actions`]);let a=n,o=L(e=>e.state);return(0,U.jsx)(a,z(R({},i),{dispatch:s,state:o,children:r}))}):QS,[n]),u=(0,H.useMemo)(()=>r?(console.warn("`renderHeaderActions` is deprecated. Please use `overrides.headerActions` and the `usePuck` hook instead."),e=>{let t=r,n=L(e=>e.state);return(0,U.jsx)(t,z(R({},e),{dispatch:s,state:n}))}):QS,[r]),d=L(e=>e.overrides.header||l),f=L(e=>e.overrides.headerActions||u),[p,m]=(0,H.useState)(!1),h=L(e=>(e.state.indexes.nodes.root?.data).props.title??``),g=L(e=>e.state.ui.leftSideBarVisible),_=L(e=>e.state.ui.rightSideBarVisible),v=(0,H.useCallback)(e=>{let t=window.matchMedia(`(min-width: 638px)`).matches,n=e===`left`?g:_,r=e===`left`?`rightSideBarVisible`:`leftSideBarVisible`;s({type:`setUi`,ui:R({[`${e}SideBarVisible`]:!n},t?{}:{[r]:!1})})},[s,g,_]),y=I(`header-publish`),b=I(`label-page`),x=I(`header-toggle-leftsidebar`),S=I(`header-toggle-rightsidebar`),C=I(`header-toggle-menubar`);return(0,U.jsx)(d,{actions:(0,U.jsx)(U.Fragment,{children:(0,U.jsx)(f,{children:(0,U.jsx)(Wg,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,U.jsx)(gt,{size:`14px`}),children:y})})}),children:(0,U.jsx)(`header`,{className:nC({leftSideBarVisible:g,rightSideBarVisible:_,hidePlugins:e}),children:(0,U.jsxs)(`div`,{className:nC(`inner`),children:[(0,U.jsxs)(`div`,{className:nC(`toggle`),children:[(0,U.jsx)(`div`,{className:nC(`leftSideBarToggle`),children:(0,U.jsx)(Xe,{type:`button`,onClick:()=>{v(`left`)},title:x,children:(0,U.jsx)(ke,{focusable:`false`})})}),(0,U.jsx)(`div`,{className:nC(`rightSideBarToggle`),children:(0,U.jsx)(Xe,{type:`button`,onClick:()=>{v(`right`)},title:S,children:(0,U.jsx)(Me,{focusable:`false`})})})]}),(0,U.jsx)(`div`,{className:nC(`title`),children:(0,U.jsxs)(W_,{rank:`2`,size:`xs`,children:[i||h||b,a&&(0,U.jsxs)(U.Fragment,{children:[` `,(0,U.jsx)(`code`,{className:nC(`path`),children:a})]})]})}),(0,U.jsxs)(`div`,{className:nC(`tools`),children:[(0,U.jsx)(`div`,{className:nC(`menuButton`),children:(0,U.jsx)(Xe,{type:`button`,onClick:()=>m(!p),title:C,children:p?(0,U.jsx)(ut,{focusable:`false`}):(0,U.jsx)(Re,{focusable:`false`})})}),(0,U.jsx)(tC,{dispatch:s,onPublish:t,menuOpen:p,renderHeaderActions:()=>(0,U.jsx)(f,{children:(0,U.jsx)(Wg,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,U.jsx)(gt,{size:`14px`}),children:y})}),setMenuOpen:m})]})]})})})});B(),B();var iC=V(`SidebarSection`,{SidebarSection:`_SidebarSection_1uv88_1`,"SidebarSection-title":`_SidebarSection-title_1uv88_12`,"SidebarSection--noBorderTop":`_SidebarSection--noBorderTop_1uv88_20`,"SidebarSection-content":`_SidebarSection-content_1uv88_24`,"SidebarSection-breadcrumbLabel":`_SidebarSection-breadcrumbLabel_1uv88_33`,"SidebarSection-breadcrumbs":`_SidebarSection-breadcrumbs_1uv88_62`,"SidebarSection-breadcrumb":`_SidebarSection-breadcrumb_1uv88_33`,"SidebarSection-heading":`_SidebarSection-heading_1uv88_74`,"SidebarSection-loadingOverlay":`_SidebarSection-loadingOverlay_1uv88_78`}),aC=({children:e,title:t,background:n,showBreadcrumbs:r,noBorderTop:i,isLoading:a})=>(0,U.jsxs)(`div`,{className:iC({noBorderTop:i}),style:{background:n},children:[(0,U.jsx)(`div`,{className:iC(`title`),children:(0,U.jsxs)(`div`,{className:iC(`breadcrumbs`),children:[r&&(0,U.jsx)(nS,{}),(0,U.jsx)(`div`,{className:iC(`heading`),children:(0,U.jsx)(W_,{rank:`2`,size:`xs`,children:t})})]})}),(0,U.jsx)(`div`,{className:iC(`content`),children:e}),a&&(0,U.jsx)(`div`,{className:iC(`loadingOverlay`),children:(0,U.jsx)(fe,{size:32})})]});B(),B(),B();var oC={ViewportControls:`_ViewportControls_v26yb_1`,"ViewportControls--fullScreen":`_ViewportControls--fullScreen_v26yb_5`,"ViewportControls-toggleButton":`_ViewportControls-toggleButton_v26yb_14`,"ViewportControls-actions":`_ViewportControls-actions_v26yb_39`,"ViewportControls-actionsInner":`_ViewportControls-actionsInner_v26yb_43`,"ViewportControls--isExpanded":`_ViewportControls--isExpanded_v26yb_67`,"ViewportControls-divider":`_ViewportControls-divider_v26yb_72`,"ViewportControls-zoomSelect":`_ViewportControls-zoomSelect_v26yb_79`,"ViewportControls-zoom":`_ViewportControls-zoom_v26yb_79`,"ViewportButton-inner":`_ViewportButton-inner_v26yb_110`,"ViewportButton--isActive":`_ViewportButton--isActive_v26yb_118`},sC={Smartphone:(0,U.jsx)(we,{size:16}),Tablet:(0,U.jsx)(lt,{size:16}),Monitor:(0,U.jsx)(ue,{size:16}),FullWidth:(0,U.jsx)(ft,{size:16})},cC=V(`ViewportControls`,oC),lC=V(`ViewportButton`,oC),uC=({children:e,title:t,onClick:n,isActive:r,disabled:i})=>(0,U.jsx)(`span`,{className:lC({isActive:r}),suppressHydrationWarning:!0,children:(0,U.jsx)(Xe,{type:`button`,title:t,disabled:i||r,onClick:n,suppressHydrationWarning:!0,children:(0,U.jsx)(`span`,{className:lC(`inner`),children:e})})}),dC=[{label:`25%`,value:.25},{label:`50%`,value:.5},{label:`75%`,value:.75},{label:`100%`,value:1},{label:`125%`,value:1.25},{label:`150%`,value:1.5},{label:`200%`,value:2}],fC=({viewport:e,isActive:t,onClick:n})=>{let r=I(`viewport-switch`,{label:e.label??``}),i=I(`viewport-switch-default`);return(0,U.jsx)(uC,{title:e.label?r:i,onClick:n,isActive:t,children:typeof e.icon==`string`?sC[e.icon]||e.icon:e.icon||sC.Smartphone})},pC=({autoZoom:e,zoom:t,onViewportChange:n,onZoom:r,fullScreen:i})=>{let a=L(e=>e.viewports),o=L(e=>e.state.ui.viewports),s=dC.find(t=>t.value===e),c=I(`viewport-zoom-auto`,{zoom:(e*100).toFixed(0)}),l=(0,H.useMemo)(()=>[...dC,...s?[]:[{value:e,label:c}]].filter(t=>t.value<=e).sort((e,t)=>e.value>t.value?1:-1),[e,c]),[u,d]=(0,H.useState)(o.current.width);(0,H.useEffect)(()=>{d(o.current.width)},[o.current]);let[f,p]=(0,H.useState)(!1),m=I(`viewport-zoom-out`),h=I(`viewport-zoom-in`),g=I(`viewport-toggle-menu`);return(0,U.jsxs)(`div`,{className:cC({isExpanded:f,fullScreen:i}),suppressHydrationWarning:!0,children:[(0,U.jsx)(`div`,{className:cC(`actions`),children:(0,U.jsxs)(`div`,{className:cC(`actionsInner`),children:[a.map((e,t)=>(0,U.jsx)(fC,{viewport:e,onClick:()=>{d(e.width),n(e)},isActive:u===e.width},t)),(0,U.jsx)(`div`,{className:cC(`divider`)}),(0,U.jsx)(uC,{title:m,disabled:t<=l[0]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.max(l.findIndex(e=>e.value===t)-1,0)].value)},children:(0,U.jsx)($e,{size:16})}),(0,U.jsx)(uC,{title:h,disabled:t>=l[l.length-1]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.min(l.findIndex(e=>e.value===t)+1,l.length-1)].value)},children:(0,U.jsx)(ze,{size:16})}),(0,U.jsxs)(`div`,{className:cC(`zoom`),children:[(0,U.jsx)(`div`,{className:cC(`divider`)}),(0,U.jsx)(`select`,{className:cC(`zoomSelect`),value:t.toString(),onClick:e=>{e.stopPropagation()},onChange:e=>{r(parseFloat(e.currentTarget.value))},children:l.map(e=>(0,U.jsx)(`option`,{value:e.value,label:e.label},e.label))})]})]})}),(0,U.jsx)(`button`,{className:cC(`toggleButton`),title:g,onClick:()=>p(e=>!e),children:f?(0,U.jsx)(ct,{size:16}):(0,U.jsx)(ue,{size:16})})]})};B();var mC={PuckCanvas:`_PuckCanvas_zw9iy_1`,"PuckCanvas-controls":`_PuckCanvas-controls_zw9iy_18`,"PuckCanvas--fullScreen":`_PuckCanvas--fullScreen_zw9iy_23`,"PuckCanvas-inner":`_PuckCanvas-inner_zw9iy_34`,"PuckCanvas-root":`_PuckCanvas-root_zw9iy_43`,"PuckCanvas--ready":`_PuckCanvas--ready_zw9iy_68`,"PuckCanvas-loader":`_PuckCanvas-loader_zw9iy_73`,"PuckCanvas--showLoader":`_PuckCanvas--showLoader_zw9iy_84`};B();var hC=(0,H.createContext)(null),gC=({children:e})=>{let t=(0,H.useRef)(null),n=(0,H.useMemo)(()=>({frameRef:t}),[]);return(0,U.jsx)(hC.Provider,{value:n,children:e})},_C=()=>{let e=(0,H.useContext)(hC);if(e===null)throw Error(`useCanvasFrame must be used within a FrameProvider`);return e},vC=V(`PuckCanvas`,mC),yC=!0,bC=150,xC=()=>{let{frameRef:e}=_C(),t=Oe(e),{viewports:n=j,ui:r}=GC(),{dispatch:i,overrides:a,setUi:o,zoomConfig:s,setZoomConfig:c,status:l,iframe:u,_experimentalFullScreenCanvas:d}=L(ji(e=>({dispatch:e.dispatch,overrides:e.overrides,setUi:e.setUi,zoomConfig:e.zoomConfig,setZoomConfig:e.setZoomConfig,status:e.status,iframe:e.iframe,_experimentalFullScreenCanvas:e._experimentalFullScreenCanvas}))),{leftSideBarVisible:f,rightSideBarVisible:p,leftSideBarWidth:m,rightSideBarWidth:h,viewports:g}=L(ji(e=>({leftSideBarVisible:e.state.ui.leftSideBarVisible,rightSideBarVisible:e.state.ui.rightSideBarVisible,leftSideBarWidth:e.state.ui.leftSideBarWidth,rightSideBarWidth:e.state.ui.rightSideBarWidth,viewports:e.state.ui.viewports}))),[_,v]=(0,H.useState)(!1),y=(0,H.useRef)(!1),b=(0,H.useMemo)(()=>({children:e})=>(0,U.jsx)(U.Fragment,{children:e}),[]),x=(0,H.useMemo)(()=>a.preview||b,[a]),S=(0,H.useCallback)(()=>{if(e.current){let t=e.current,n=Ue(t);return{width:n.contentBox.width,height:n.contentBox.height}}return{width:0,height:0}},[e]);(0,H.useEffect)(()=>{t()},[e,f,p,m,h,g]),(0,H.useEffect)(()=>{let{height:e}=S();g.current.height===`auto`&&c(z(R({},s),{rootHeight:e/s.zoom}))},[s.zoom,S,c]),(0,H.useEffect)(()=>{yC&&t()},[g.current.width,g]),(0,H.useEffect)(()=>{if(!e.current)return;let n=new ResizeObserver(()=>{y.current||t()});return n.observe(e.current),()=>{n.disconnect()}},[e.current]);let[C,w]=(0,H.useState)(!1);(0,H.useEffect)(()=>{setTimeout(()=>{w(!0)},500)},[]);let T=F();return(0,H.useEffect)(()=>{if(typeof window>`u`||r?.viewports?.current)return;let t=window.innerWidth,i=e.current?.getBoundingClientRect().width;if(!t||!i||n.length===0)return;let a=Object.values(n).find(e=>e.width===`100%`),o=!!a,s=Object.entries(n).filter(([e,t])=>t.width!==`100%`).map(([e,n])=>({key:e,diff:Math.abs(t-(typeof n.width==`string`?t:n.width)),value:n})).sort((e,t)=>e.diff>t.diff?1:-1)[0].value;if(s.width<i&&o&&(s=a),u.enabled){let e=T.getState(),t={state:z(R({},e.state),{ui:z(R({},e.state.ui),{viewports:z(R({},e.state.ui.viewports),{current:z(R({},e.state.ui.viewports.current),{height:s?.height||`auto`,width:s?.width})})})})},n=e.history;e.history.histories.length===1&&(n=z(R({},n),{histories:[t]})),T.setState(z(R({},t),{history:n}))}},[n,e.current,u,T,r?.viewports?.current]),(0,U.jsxs)(`div`,{className:vC({ready:l===`READY`||!u.enabled||!u.waitForStyles,showLoader:C,fullScreen:d}),onClick:e=>{let t=e.target;!t.hasAttribute(`data-puck-component`)&&!t.hasAttribute(`data-puck-dropzone`)&&i({type:`setUi`,ui:{itemSelector:null},recordHistory:!1})},children:[g.controlsVisible&&u.enabled&&(0,U.jsx)(`div`,{className:vC(`controls`),children:(0,U.jsx)(pC,{fullScreen:d,autoZoom:s.autoZoom,zoom:s.zoom,onViewportChange:e=>{v(!0),y.current=!0;let n=z(R({},e),{height:e.height||`auto`,zoom:s.zoom}),r={viewports:z(R({},g),{current:n})};o(r),yC&&t({viewports:z(R({},g),{current:n})})},onZoom:e=>{v(!0),y.current=!0,c(z(R({},s),{zoom:e}))}})}),(0,U.jsxs)(`div`,{className:vC(`inner`),ref:e,children:[(0,U.jsx)(`div`,{className:vC(`root`),style:{width:u.enabled?g.current.width:`100%`,height:s.rootHeight,transform:u.enabled?`scale(${s.zoom})`:void 0,transition:_?`width ${bC}ms ease-out, height ${bC}ms ease-out, transform ${bC}ms ease-out`:``,overflow:u.enabled?void 0:`auto`},suppressHydrationWarning:!0,id:`puck-canvas-root`,onTransitionEnd:()=>{v(!1),y.current=!1},children:(0,U.jsx)(x,{children:(0,U.jsx)(JS,{})})}),(0,U.jsx)(`div`,{className:vC(`loader`),children:(0,U.jsx)(fe,{size:24})})]})]})};B();function SC(e,t){let[n,r]=(0,H.useState)(null),i=(0,H.useRef)(null),a=L(t=>e===`left`?t.state.ui.leftSideBarWidth:t.state.ui.rightSideBarWidth);return(0,H.useEffect)(()=>{if(typeof window<`u`&&!a)try{let n=localStorage.getItem(`puck-sidebar-widths`);if(n){let r=JSON.parse(n)[e];r&&t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:r}})}}catch(t){console.error(`Failed to load ${e} sidebar width from localStorage`,t)}},[t,e,a]),(0,H.useEffect)(()=>{a!==void 0&&r(a)},[a]),{width:n,setWidth:r,sidebarRef:i,handleResizeEnd:(0,H.useCallback)(n=>{t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:n}});let r={};try{let e=localStorage.getItem(`puck-sidebar-widths`);r=e?JSON.parse(e):{}}catch(t){console.error(`Failed to save ${e} sidebar width to localStorage`,t)}finally{localStorage.setItem(`puck-sidebar-widths`,JSON.stringify(z(R({},r),{[e]:n})))}window.dispatchEvent(new CustomEvent(`viewportchange`,{bubbles:!0,cancelable:!1}))},[t,e])}}B(),B(),B();var CC=V(`ResizeHandle`,{ResizeHandle:`_ResizeHandle_144bf_2`,"ResizeHandle--left":`_ResizeHandle--left_144bf_16`,"ResizeHandle--right":`_ResizeHandle--right_144bf_20`}),wC=({position:e,sidebarRef:t,onResize:n,onResizeEnd:r})=>{let{frameRef:i}=_C(),a=Oe(i),o=(0,H.useRef)(null),s=(0,H.useRef)(!1),c=(0,H.useRef)(0),l=(0,H.useRef)(0),u=(0,H.useCallback)(t=>{if(!s.current)return;let r=t.clientX-c.current,i=e===`left`?l.current+r:l.current-r;n(Math.max(192,i)),t.preventDefault()},[n,e]),d=(0,H.useCallback)(()=>{if(!s.current)return;s.current=!1,document.body.style.cursor=``,document.body.style.userSelect=``;let e=document.getElementById(`resize-overlay`);e&&document.body.removeChild(e),document.removeEventListener(`mousemove`,u),document.removeEventListener(`mouseup`,d),r(t.current?.getBoundingClientRect().width||0),a()},[r]),f=(0,H.useCallback)(e=>{s.current=!0,c.current=e.clientX,l.current=t.current?.getBoundingClientRect().width||0,document.body.style.cursor=`col-resize`,document.body.style.userSelect=`none`;let n=document.createElement(`div`);n.id=`resize-overlay`,n.setAttribute(`data-resize-overlay`,``),document.body.appendChild(n),document.addEventListener(`mousemove`,u),document.addEventListener(`mouseup`,d),e.preventDefault()},[e,u,d]);return(0,U.jsx)(`div`,{ref:o,className:CC({[e]:!0}),onMouseDown:f})};B();var TC=V(`Sidebar`,{Sidebar:`_Sidebar_16oed_1`,"Sidebar--isVisible":`_Sidebar--isVisible_16oed_10`,"Sidebar--left":`_Sidebar--left_16oed_14`,"Sidebar--right":`_Sidebar--right_16oed_34`,"Sidebar-resizeHandle":`_Sidebar-resizeHandle_16oed_51`}),EC=({position:e,sidebarRef:t,isVisible:n,onResize:r,onResizeEnd:i,children:a})=>(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(`div`,{ref:t,className:TC({[e]:!0,isVisible:n}),children:a}),(0,U.jsx)(`div`,{className:`${TC(`resizeHandle`)}`,children:(0,U.jsx)(wC,{position:e,sidebarRef:t,onResize:r,onResizeEnd:i})})]});B();var DC=e=>{let t=e;for(;t&&t!==document.body;){let e=window.getComputedStyle(t);if(e.display===`none`||e.visibility===`hidden`||e.opacity===`0`||t.getAttribute(`aria-hidden`)===`true`||t.hasAttribute(`hidden`))return!1;t=t.parentElement}return!0},OC=e=>{if(e?.defaultPrevented)return!0;let t=(e?.composedPath)?.call(e)[0]||e?.target||document.activeElement;if(t instanceof HTMLElement){let e=t.tagName.toLowerCase();if(e===`input`||e===`textarea`||e===`select`||t.isContentEditable)return!0;let n=t.getAttribute(`role`);if(n===`textbox`||n===`combobox`||n===`searchbox`||n===`listbox`||n===`grid`)return!0}let n=document.querySelector(`dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]`);return!!(n&&DC(n))},kC=()=>{let e=F(),t=(0,H.useCallback)(t=>{if(OC(t))return!1;let{state:n,dispatch:r,permissions:i,selectedItem:a}=e.getState(),o=n.ui?.itemSelector;return o?.zone&&a&&i.getPermissions({item:a}).delete&&r({type:`remove`,index:o.index,zone:o.zone}),!0},[e]);_t({delete:!0},t),_t({backspace:!0},t)};B(),B();var AC={Nav:`_Nav_vll2r_1`,"Nav-list":`_Nav-list_vll2r_5`,"Nav-mobileActions":`_Nav-mobileActions_vll2r_23`,"NavItem-link":`_NavItem-link_vll2r_39`,NavItem:`_NavItem_vll2r_39`,"NavItem-linkIcon":`_NavItem-linkIcon_vll2r_90`,"NavItem--active":`_NavItem--active_vll2r_100`,"NavItem--mobileOnly":`_NavItem--mobileOnly_vll2r_136`,"NavItem--desktopOnly":`_NavItem--desktopOnly_vll2r_141`},jC=V(`Nav`,AC),MC=V(`NavItem`,AC),NC=({label:e,icon:t,onClick:n,isActive:r,mobileOnly:i,desktopOnly:a})=>(0,U.jsx)(`li`,{className:MC({active:r,mobileOnly:i,desktopOnly:a}),children:n&&(0,U.jsxs)(`div`,{className:MC(`link`),onClick:n,children:[t&&(0,U.jsx)(`span`,{className:MC(`linkIcon`),children:t}),(0,U.jsx)(`span`,{className:MC(`linkLabel`),children:e})]})}),PC=({items:e,mobileActions:t})=>(0,U.jsxs)(`nav`,{className:jC(),children:[(0,U.jsx)(`ul`,{className:jC(`list`),children:Object.entries(e).map(([e,t])=>(0,U.jsx)(NC,R({},t),e))}),t&&(0,U.jsx)(`div`,{className:jC(`mobileActions`),children:t})]});B();var FC=e=>R({enabled:!0,waitForStyles:!0,syncHostStyles:!0},e),IC=V(`Puck`,ZS),LC=V(`PuckLayout`,ZS),RC=V(`PuckPluginTab`,ZS),zC=typeof window>`u`?H.useEffect:H.useLayoutEffect,BC=()=>{let e=I(`label-page`),t=L(e=>e.selectedItem?e.config.components[e.selectedItem.type]?.label??e.selectedItem.type.toString():e.config.root?.label);return(0,U.jsx)(aC,{noBorderTop:!0,showBreadcrumbs:!0,title:t||e,children:(0,U.jsx)(cS,{})})},VC=({children:e,visible:t,mobileOnly:n})=>(0,U.jsx)(`div`,{className:RC({visible:t,mobileOnly:n}),children:(0,U.jsx)(`div`,{className:RC(`body`),children:e})}),HC=({children:e})=>{let{iframe:t,initialHistory:n,plugins:r,height:i}=GC(),a=L(e=>e.dnd),o=(0,H.useMemo)(()=>FC(t),[t]);DS();let s=L(e=>e.dispatch),c=L(e=>e.state.ui.leftSideBarVisible),l=L(e=>e.state.ui.rightSideBarVisible),u=L(e=>e.instanceId),{width:d,setWidth:f,sidebarRef:p,handleResizeEnd:m}=SC(`left`,s),{width:h,setWidth:g,sidebarRef:_,handleResizeEnd:v}=SC(`right`,s);(0,H.useEffect)(()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:{leftSideBarVisible:!1,rightSideBarVisible:!1}});let e=()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:e=>R(R({},e),e.rightSideBarVisible?{leftSideBarVisible:!1}:{})})};return window.addEventListener(`resize`,e),()=>{window.removeEventListener(`resize`,e)}},[]);let y=L(e=>e.overrides),b=(0,H.useMemo)(()=>y.puck||QS,[y]),[x,S]=(0,H.useState)(!1);zC(()=>{S(!0)},[]);let C=L(e=>e.status===`READY`);ht(),(0,H.useEffect)(()=>{if(C&&o.enabled){let e=Sv();if(e)return it(e)}},[C,o.enabled]),$S(),kC();let w={};d&&(w[`--puck-user-sidebar-left-width`]=`${d}px`),h&&(w[`--puck-user-sidebar-right-width`]=`${h}px`);let T=L(e=>e.setUi),E=L(e=>e.state.ui.plugin?.current),D=F(),O=(0,H.useMemo)(()=>!!r?.find(e=>e.name===`legacy-side-bar`),[r]),ee=I(`plugin-blocks`),k=I(`plugin-outline`),te=I(`plugin-fields`),A=(0,H.useMemo)(()=>{let e={},t=[Fb({label:ee}),Qx({label:k})],n=e=>e.name===`legacy-side-bar`?-1:0,i=[...t,...r??[]].sort((e,t)=>n(e)-n(t));return r?.some(e=>e.name===`fields`)||i.push(dS({label:te})),i?.forEach(t=>{t.name&&t.render&&(e[t.name]&&delete e[t.name],e[t.name]={label:t.label??t.name,icon:t.icon??(0,U.jsx)(nt,{}),onClick:()=>{t.name===E?T(c?{leftSideBarVisible:!1}:{leftSideBarVisible:!0}):t.name&&T({plugin:{current:t.name},leftSideBarVisible:!0})},isActive:c&&E===t.name,render:t.render,mobilePanelHeight:t.mobilePanelHeight??`toggle`,mobileOnly:O||t.mobileOnly,desktopOnly:t.name===`legacy-side-bar`||t.desktopOnly})}),e},[r,E,D,c,ee,k,te]),ne=A[E??Object.keys(A)[0]]?.mobilePanelHeight??`toggle`;(0,H.useEffect)(()=>{if(!E){let e=Object.keys(A);T({plugin:{current:e[0]}})}},[A,E]);let re=A.fields&&A.fields.mobileOnly===!1,j=L(e=>e.state.ui.mobilePanelExpanded??!1),ae=I(`layout-maximize`),M=I(`layout-minimize`);return(0,U.jsxs)(`div`,{className:`Puck ${IC({hidePlugins:O})}`,id:u,style:{height:i,visibility:`hidden`},children:[(0,U.jsx)(Oy,{disableAutoScroll:a?.disableAutoScroll,behavior:a?.behavior,children:(0,U.jsx)(b,{children:e||(0,U.jsx)(gC,{children:(0,U.jsx)(`div`,{className:LC({leftSideBarVisible:c,mounted:x,rightSideBarVisible:!re&&l,isExpanded:j,mobilePanelHeightToggle:ne===`toggle`,mobilePanelHeightMinContent:ne===`min-content`}),style:{height:i},children:(0,U.jsxs)(`div`,{className:LC(`inner`),style:w,children:[(0,U.jsx)(`div`,{className:LC(`header`),children:(0,U.jsx)(rC,{hidePlugins:O})}),(0,U.jsx)(`div`,{className:LC(`nav`),children:(0,U.jsx)(PC,{items:A,mobileActions:c&&ne===`toggle`&&(0,U.jsx)(Xe,{type:`button`,title:j?M:ae,onClick:()=>{T({mobilePanelExpanded:!j})},children:j?(0,U.jsx)(ie,{size:21}):(0,U.jsx)(vt,{size:21})})})}),(0,U.jsx)(EC,{position:`left`,sidebarRef:p,isVisible:c,onResize:f,onResizeEnd:m,children:Object.entries(A).map(([e,{mobileOnly:t,render:n,label:r}])=>(0,U.jsx)(VC,{visible:E===e,mobileOnly:t,children:(0,U.jsx)(n,{})},e))}),(0,U.jsx)(xC,{}),!re&&(0,U.jsx)(EC,{position:`right`,sidebarRef:_,isVisible:l,onResize:g,onResizeEnd:v,children:(0,U.jsx)(BC,{})})]})})})})}),(0,U.jsx)(`div`,{id:`puck-portal-root`,className:IC(`portal`)})]})},UC=(0,H.createContext)({});function WC(e){return(0,U.jsx)(UC.Provider,{value:e,children:e.children})}var GC=()=>(0,H.useContext)(UC);function KC({children:e}){let{config:t,data:n,ui:r,onChange:i,permissions:a={},plugins:o,overrides:s,viewports:c=j,iframe:l,dnd:u,initialHistory:d,metadata:f,dictionary:p,onAction:m,fieldTransforms:h,_experimentalFullScreenCanvas:g,_experimentalVirtualization:_}=GC(),v=(0,H.useMemo)(()=>FC(l),[l]),[y]=(0,H.useState)(()=>{let e=R(R({},Ze.ui),r),i={};Object.keys(n?.root||{}).length>0&&!n?.root?.props&&console.warn("Warning: Defining props on `root` is deprecated. Please use `root.props`, or republish this page to migrate automatically.");let a=n?.root?.props||n?.root||{},o=R(R({},t.root?.defaultProps),a),s=ge(le(z(R({},n?.root),{props:o})),t),c=z(R({},Ze),{data:z(R({},n),{root:z(R({},n?.root),{props:s.props}),content:n.content||[]}),ui:z(R(R({},e),i),{componentList:t.categories?Object.entries(t.categories).reduce((e,[t,n])=>z(R({},e),{[t]:{title:n.title,components:n.components,expanded:n.defaultExpanded,visible:n.visible}}),{}):{}})});return he(c,t)}),{appendData:b=!0}=d||{},[x]=(0,H.useState)([...d?.histories||[],...b?[{state:y}]:[]].map(e=>{let n=R(R({},y),e.state);return e.state.indexes||(n=he(n,t)),z(R({},e),{state:n})})),S=(0,H.useMemo)(()=>d?.index!==void 0&&d?.index>=0&&d?.index<x.length?d?.index:x.length-1,[]),C=x[S].state,w=XS({overrides:s,plugins:o}),T=(0,H.useMemo)(()=>{let e=(o||[]).reduce((e,t)=>R(R({},e),t.fieldTransforms),{});return R(R({},e),h)},[h,o]),E=sv(),D=(0,H.useCallback)(e=>({instanceId:E,state:e,config:t,plugins:o||[],overrides:w,viewports:c,iframe:v,_experimentalFullScreenCanvas:!!g,_experimentalVirtualization:!!_,onAction:m,metadata:f,dictionary:p||{},dnd:u,fieldTransforms:T}),[E,C,t,o,w,c,v,g,_,m,f,p,u,T]),[O]=(0,H.useState)(()=>Ve(D(C)));(0,H.useEffect)(()=>{},[O]),(0,H.useEffect)(()=>{let e=O.getState().state;O.setState(R({},D(e)))},[D]),M(O,{histories:x,index:S,initialAppState:C});let ee=(0,H.useRef)(null);(0,H.useEffect)(()=>O.subscribe(e=>e.state.data,e=>{if(i){if(Ye(e,ee.current))return;i(e),ee.current=e}}),[i]),pt(O,a);let k=Db(O);return(0,H.useEffect)(()=>{let{resolveAndCommitData:e}=O.getState();setTimeout(()=>{e()},0)},[]),(0,U.jsx)(dt.Provider,{value:O,children:(0,U.jsx)(Tb.Provider,{value:k,children:e})})}function qC(e){return(0,U.jsx)(WC,z(R({},e),{children:(0,U.jsx)(KC,z(R({},e),{children:(0,U.jsx)(HC,{children:e.children})}))}))}qC.Components=Nb,qC.Fields=cS,qC.Layout=HC,qC.Outline=Xx,qC.Preview=JS,B(),B(),B(),B(),B(),B(),B(),B(),B(),B(),B(),B(),B(),B();var JC={outline:{xmlns:`http://www.w3.org/2000/svg`,width:24,height:24,viewBox:`0 0 24 24`,fill:`none`,stroke:`currentColor`,strokeWidth:2,strokeLinecap:`round`,strokeLinejoin:`round`},filled:{xmlns:`http://www.w3.org/2000/svg`,width:24,height:24,viewBox:`0 0 24 24`,fill:`currentColor`,stroke:`none`}},YC=(e,t,n,r)=>{let i=(0,H.forwardRef)(({color:n=`currentColor`,size:i=24,stroke:a=2,title:o,className:s,children:c,...l},u)=>(0,H.createElement)(`svg`,{ref:u,...JC[e],width:i,height:i,className:[`tabler-icon`,`tabler-icon-${t}`,s].filter(Boolean).join(` `),...e===`filled`?{fill:n}:{strokeWidth:a,stroke:n},...l},[o&&(0,H.createElement)(`title`,{key:`svg-title`},o),...r.map(([e,t])=>(0,H.createElement)(e,t)),...Array.isArray(c)?c:[c]]));return i.displayName=`${n}`,i},XC=YC(`outline`,`arrow-right`,`ArrowRight`,[[`path`,{d:`M5 12l14 0`,key:`svg-0`}],[`path`,{d:`M13 18l6 -6`,key:`svg-1`}],[`path`,{d:`M13 6l6 6`,key:`svg-2`}]]),ZC=YC(`outline`,`pencil`,`Pencil`,[[`path`,{d:`M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4`,key:`svg-0`}],[`path`,{d:`M13.5 6.5l4 4`,key:`svg-1`}]]),QC=YC(`outline`,`player-play`,`PlayerPlay`,[[`path`,{d:`M7 4v16l13 -8l-13 -8`,key:`svg-0`}]]),$C=YC(`outline`,`plus`,`Plus`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M5 12l14 0`,key:`svg-1`}]]),ew=YC(`outline`,`refresh`,`Refresh`,[[`path`,{d:`M20 11a8.1 8.1 0 0 0 -15.5 -2m-.5 -4v4h4`,key:`svg-0`}],[`path`,{d:`M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4`,key:`svg-1`}]]),tw=YC(`outline`,`trash`,`Trash`,[[`path`,{d:`M4 7l16 0`,key:`svg-0`}],[`path`,{d:`M10 11l0 6`,key:`svg-1`}],[`path`,{d:`M14 11l0 6`,key:`svg-2`}],[`path`,{d:`M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12`,key:`svg-3`}],[`path`,{d:`M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3`,key:`svg-4`}]]),nw=YC(`outline`,`x`,`X`,[[`path`,{d:`M18 6l-12 12`,key:`svg-0`}],[`path`,{d:`M6 6l12 12`,key:`svg-1`}]]);function rw(e){let t=(t,n)=>e===`all`||(e?.entities.get(t)?.has(n)??!1),n=t=>e===`all`||(e?.flows.has(t)??!1),r=t=>e===null||e===`all`||e.pages.has(t);return{known:e!==null,can:t,canRun:n,showsPage:r,allows:e=>{switch(e.type){case`create`:return t(e.entity,`create`);case`edit`:return t(e.entity,`update`);case`delete`:return t(e.entity,`delete`);case`runFlow`:return n(e.flow);case`navigate`:return r(e.page);case`openModal`:return(e.needs??[]).every(([e,n])=>t(e,n));default:return!0}},readOnly:(t,n)=>e!==`all`&&(e?.readOnly.get(t)?.has(n)??!1)}}var iw=rw(`all`),aw=(0,H.createContext)(iw);function ow(){return(0,H.useContext)(aw)}function sw(e){let t=e,n=!1,r=new Set;return{getState(){return t},updateState(e){t=typeof e==`function`?e(t):e},setState(e){this.updateState(e),r.forEach(e=>e(t))},initialize(e){n||=(t=e,!0)},subscribe(e){return r.add(e),()=>r.delete(e)}}}var cw=0;function lw(e,t,n){let r=[],i=[],a=new Map;for(let n of e){let e=n.position||t,r=a.get(e);r?r.push(n):a.set(e,[n])}for(let e of a.values())e.sort((e,t)=>(t.priority??0)-(e.priority??0)||(e.__sequence??0)-(t.__sequence??0)),e.forEach((e,t)=>{t<n?i.push(e):r.push(e)});return{notifications:i,queue:r}}var uw=sw({notifications:[],queue:[],defaultPosition:`bottom-right`,limit:5});function dw(e,t){let n=e.getState(),r=t([...n.notifications,...n.queue]);for(let e of r)e.__sequence===void 0&&(e.__sequence=cw,cw+=1);let i=lw(r,n.defaultPosition,n.limit);e.setState({notifications:i.notifications,queue:i.queue,limit:n.limit,defaultPosition:n.defaultPosition})}function fw(e,t=uw){let n=e.id||wn();return dw(t,t=>e.id&&t.some(t=>t.id===e.id)?t:[...t,{...e,id:n}]),n}function pw(e,t=uw){return dw(t,t=>t.filter(t=>t.id!==e||(t.onClose?.(t),!1))),e}function mw(e,t=uw){return dw(t,t=>t.map(t=>t.id===e.id?{...t,...e}:t)),e.id}function hw(e,t){return typeof e==`function`?e(t):e}function gw(e,t){let n=t.getState();return[...n.notifications,...n.queue].some(t=>t.id===e.id)?mw(e,t):fw(e,t)}var _w=new WeakMap;function vw(e,t,n=uw){let r=t.id||wn(),i=_w.get(n)||new Map,a={};_w.set(n,i),i.set(r,a),gw({loading:!0,autoClose:!1,...t.loading,id:r},n);let o=e=>{i.get(r)===a&&(i.delete(r),gw({...t.loading,loading:!1,autoClose:void 0,...e,id:r},n))};return e.then(e=>o({color:`teal`,...hw(t.success,e)}),e=>o({color:`red`,...hw(t.error,e)})),e}function yw(e=uw){dw(e,()=>[])}function bw(e=uw){let{defaultPosition:t,limit:n}=e.getState();dw(e,e=>lw(e,t,n).notifications)}var xw={show:fw,hide:pw,update:mw,promise:vw,clean:yw,cleanQueue:bw,updateState:dw},Sw=(0,H.createContext)(null),Cw=(0,H.createContext)({});function ww(){return{pathname:window.location.pathname,search:window.location.search}}function Tw({children:e}){let[t,n]=(0,H.useState)(ww);(0,H.useEffect)(()=>{let e=()=>n(ww());return window.addEventListener(`popstate`,e),()=>window.removeEventListener(`popstate`,e)},[]);let r=(0,H.useCallback)((e,t)=>{let r=new URL(e,window.location.href);if(r.origin!==window.location.origin){window.location.assign(r.href);return}let i=`${r.pathname}${r.search}${r.hash}`;i!==`${window.location.pathname}${window.location.search}${window.location.hash}`&&(t?.replace?window.history.replaceState(null,``,i):window.history.pushState(null,``,i),n(ww()),window.scrollTo({top:0}))},[]),i=(0,H.useMemo)(()=>({location:t,navigate:r}),[t,r]);return(0,U.jsx)(Sw.Provider,{value:i,children:e})}function Ew(){let e=(0,H.useContext)(Sw);if(!e)throw Error(`useRouter outside <Router>`);return e}function Dw(){return Ew().navigate}function Ow(){return(0,H.useContext)(Cw)}var kw=new class{state=`idle`;ws=null;attempts=0;timer=null;wasOpen=!1;tokenRequired=!1;changeListeners=new Set;reloadListeners=new Set;stateListeners=new Set;url(){let e=window.location.protocol===`https:`?`wss:`:`ws:`,t=En();return`${e}//${window.location.host}/ws${t?`?token=${encodeURIComponent(t)}`:``}`}setState(e){this.state=e,document.documentElement.dataset.torqueLive=e,this.stateListeners.forEach(t=>t(e))}requireToken(e){this.tokenRequired=e}signedOut(){return this.tokenRequired&&!En()}ensure(){this.ws||this.timer||typeof WebSocket>`u`||this.connect()}connect(){if(this.timer=null,this.signedOut()){this.setState(`signedOut`);return}this.setState(`connecting`);let e;try{e=new WebSocket(this.url())}catch{this.scheduleReconnect();return}this.ws=e,e.onopen=()=>{this.attempts=0;let e=this.wasOpen;this.wasOpen=!0,this.setState(`open`),e&&this.emit({entity:`*`})},e.onmessage=e=>{if(typeof e.data!=`string`)return;let t;try{t=JSON.parse(e.data)}catch{return}for(let e of Array.isArray(t)?t:[t])this.dispatch(e)},e.onclose=e=>{this.ws=null,this.setState(`closed`),e.code===4401?(this.setState(`signedOut`),Bn(`ws`)):this.scheduleReconnect()},e.onerror=()=>{}}dispatch(e){if(typeof e!=`object`||!e)return;let t=e;t.type===`reload`?this.reloadListeners.forEach(e=>e()):t.type===`resync`?this.emit({entity:`*`}):typeof t.entity==`string`&&this.emit({entity:t.entity,...typeof t.id==`string`?{id:t.id}:{},...typeof t.kind==`string`?{kind:t.kind}:{}})}scheduleReconnect(){if(this.timer)return;let e=Math.min(1e4,300*2**this.attempts)*(.75+Math.random()*.5);this.attempts+=1,this.timer=setTimeout(()=>this.connect(),e)}emit(e){this.changeListeners.forEach(t=>t(e))}onChange(e){return this.changeListeners.add(e),this.ensure(),()=>this.changeListeners.delete(e)}onReload(e){return this.reloadListeners.add(e),this.ensure(),()=>this.reloadListeners.delete(e)}onState(e){return this.stateListeners.add(e),()=>this.stateListeners.delete(e)}restart(){this.timer&&clearTimeout(this.timer),this.timer=null,this.ws?.close(),this.ws=null,this.connect()}};function Aw(e,t,n){kw.emit({entity:e,local:!0,...t?{id:t}:{},...n?{kind:n}:{}})}function jw(e,t,n=120){let r=(0,H.useRef)(t);r.current=t;let i=e.join(`,`);(0,H.useEffect)(()=>{let e=new Set(i.split(`,`)),t=null,a=null,o=kw.onChange(i=>{(i.entity===`*`||e.has(i.entity))&&(a=i,t||=setTimeout(()=>{t=null,a&&r.current(a)},n))});return()=>{o(),t&&clearTimeout(t)}},[i,n])}function Mw(e){if(e instanceof jn){if(e.code===Vn.referentialIntegrity)return/[.!?]$/.test(e.message)?e.message:`${e.message}.`;if(e.code===Vn.flowFailed)return Pw(e);if(e.code===Vn.unauthorized)return`Please sign in with an access token.`;if(e.code===Vn.forbidden)return`You are not allowed to do this.`;let t=e.fieldErrors;return t.length?t.map(e=>e.field?`${e.field}: ${e.message}`:e.message).join(`; `):e.message}return e instanceof Error?e.message:String(e)}function Nw(e){let t=e.trim();return t&&!/[.!?]$/.test(t)?`${t}.`:t}function Pw(e){let t=e.data;if(typeof t!=`object`||!t)return e.message;let n=t;if(n.reason===`error`&&typeof n.message==`string`&&n.message)return Nw(n.message);let r=n.cause;return n.reason===`host`&&r&&typeof r.code==`number`&&typeof r.message==`string`?Mw(new jn(r.code,r.message,r.data??null,e.method)):e.message}function Fw(e,t,n){let r=e.pages.find(e=>e.name===t);return r?r.route.replace(/:([A-Za-z0-9_]+)/g,(e,t)=>{let r=n?.[t]??(t.toLowerCase().endsWith(`id`)?n?.id:void 0);return encodeURIComponent(String(r??``))}):null}function Iw(e,t){if(!t)return{};if(!e.length)return{...t};let n={};for(let r of e)r in t?n[r]=t[r]:r===`recordId`&&(n[r]=t.id);return n}function Lw(e){if(e==null)return`Done.`;if(typeof e!=`object`)return String(e);let t=Object.entries(e);if(t.length&&t.length<=4&&t.every(([,e])=>typeof e!=`object`||!e))return t.map(([e,t])=>`${e}: ${String(t)}`).join(` · `);let n=JSON.stringify(e);return n.length>240?`${n.slice(0,240)}…`:n}function Rw(){let e=kn(),t=Pn(),n=In(),r=Dw();return(0,H.useCallback)(async(i,a)=>{let o=a??n?.record;switch(i.type){case`openModal`:t?.openModal(i.modal,o?{record:o}:{});return;case`closeModal`:t?.closeModal(n?.key);return;case`refresh`:t?.refresh();return;case`navigate`:{let t=Fw(e,i.page,o);t&&r(t);return}case`create`:i.modal?t?.openModal(i.modal,{}):t?.openModal(`auto:${i.entity}:create`,{auto:{entity:i.entity,mode:`create`}});return;case`edit`:if(!o)return;i.modal?t?.openModal(i.modal,{record:o}):t?.openModal(`auto:${i.entity}:edit`,{record:o,auto:{entity:i.entity,mode:`edit`}});return;case`delete`:{if(!o)return;let n=e.entities[i.entity];n&&await Mn(n,[o]).catch(()=>void 0);let r=n?`${n.label.toLowerCase()} “${Jn(n,o)}”`:`this record`;if(!(t?await t.confirm({title:`Delete ${n?.label.toLowerCase()??`record`}?`,message:`This permanently deletes ${r}.`,confirmLabel:`Delete`,danger:!0}):window.confirm(`Delete ${r}?`)))return;try{await Dn.call(`deleteEntity`,{entity:i.entity,id:o.id}),Aw(i.entity,o.id,`deleted`),xw.show({color:`teal`,title:`Deleted`,message:`Deleted ${r}.`})}catch(e){xw.show({color:`red`,title:`Could not delete`,message:Mw(e),autoClose:8e3})}return}case`runFlow`:{let n=e.flows[i.flow],r=n?.label??i.flow;try{let e=Iw(n?.inputs??[],o),a=await An(i.flow,e);xw.show({color:`teal`,title:r,message:Lw(a?.output),autoClose:6e3}),t?.refresh()}catch(e){xw.show({color:`red`,title:`${r} failed`,message:Mw(e),autoClose:8e3})}return}}},[e,t,n,r])}var zw={openModal:$C,create:$C,closeModal:nw,navigate:XC,edit:ZC,delete:tw,runFlow:QC,refresh:ew};function Bw({id:e,label:t,variant:n=`filled`,action:r,fullWidth:i=!0}){let a=Rw(),s=In(),[c,l]=(0,H.useState)(!1),u=ow(),d=r!==void 0&&(r.type===`edit`||r.type===`delete`)&&!s?.record,f=r?zw[r.type]:void 0;if(r&&!u.allows(r))return null;let p=(0,U.jsx)(o,{"data-button":e,fullWidth:i,variant:n===`danger`?`filled`:n,color:n===`danger`?`red`:void 0,leftSection:f&&r?.type!==`navigate`?(0,U.jsx)(f,{size:16,stroke:1.8}):void 0,rightSection:r?.type===`navigate`?(0,U.jsx)(XC,{size:16,stroke:1.8}):void 0,loading:c,disabled:!r||d,onClick:async()=>{if(r){l(!0);try{await a(r)}finally{l(!1)}}},children:t});return d?(0,U.jsx)(ei,{label:`Select a record first`,children:p}):p}var Vw=YC(`outline`,`download`,`Download`,[[`path`,{d:`M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2`,key:`svg-0`}],[`path`,{d:`M7 11l5 5l5 -5`,key:`svg-1`}],[`path`,{d:`M12 4l0 12`,key:`svg-2`}]]),Hw=YC(`outline`,`upload`,`Upload`,[[`path`,{d:`M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2`,key:`svg-0`}],[`path`,{d:`M7 9l5 -5l5 5`,key:`svg-1`}],[`path`,{d:`M12 4l0 12`,key:`svg-2`}]]);function Uw(e){let t=e instanceof jn?e.data?.errors:void 0;if(!Array.isArray(t)||!t.length)return Mw(e);let n=t.slice(0,5).map(e=>`${e.line?`line ${e.line}: `:``}${e.field?`${e.field}: `:``}${e.message??`invalid`}`);return t.length>5&&n.push(`… and ${t.length-5} more`),n.join(`
`)}function Ww({entity:e,reload:t}){let n=ow(),r=(0,H.useRef)(null),[i,s]=(0,H.useState)(null),c=n.can(e.name,`read`),l=n.can(e.name,`create`);if(!c&&!l)return null;let u=e.pluralLabel.toLowerCase(),d=async()=>{s(`export`);try{let t=await Dn.call(`exportEntityData`,{entity:e.name,format:`csv`}),n=URL.createObjectURL(new Blob([t.content],{type:`text/csv;charset=utf-8`})),r=document.createElement(`a`);r.href=n,r.download=`${e.name}.csv`,document.body.appendChild(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),1e4)}catch(e){xw.show({color:`red`,title:`Could not export ${u}`,message:Mw(e)})}finally{s(null)}},f=async n=>{s(`import`);try{let r=await n.text(),i=await Dn.call(`importEntityData`,{entity:e.name,format:`csv`,content:r});xw.show({color:`teal`,title:`Imported ${i.inserted.toLocaleString()} ${i.inserted===1?e.label.toLowerCase():u}`,message:n.name}),t()}catch(e){xw.show({color:`red`,title:`Nothing imported from ${n.name}`,message:Uw(e),style:{whiteSpace:`pre-line`}})}finally{s(null),r.current&&(r.current.value=``)}};return(0,U.jsxs)(a,{gap:`xs`,children:[c&&(0,U.jsx)(o,{size:`xs`,variant:`default`,leftSection:(0,U.jsx)(Vw,{size:14}),loading:i===`export`,onClick:d,title:`Download every ${e.label.toLowerCase()} as a CSV file`,"data-csv-export":e.name,children:`Export CSV`}),l&&(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(o,{size:`xs`,variant:`default`,leftSection:(0,U.jsx)(Hw,{size:14}),loading:i===`import`,onClick:()=>r.current?.click(),title:`Add ${u} from a CSV file (header: field names)`,children:`Import CSV`}),(0,U.jsx)(`input`,{ref:r,type:`file`,accept:`.csv,text/csv`,hidden:!0,"data-csv-import":e.name,onChange:e=>{let t=e.currentTarget.files?.[0];t&&f(t)}})]})]})}var Gw=new Set([`integer`,`float`,`decimal`]);function Kw(e,t){let n=(t??e.fieldNames.filter(t=>e.fields[t].list)).join(`,`),r=(0,H.useMemo)(()=>(n?n.split(`,`):[]).map(t=>e.fields[t]),[e,n]);return{columns:r,refTargets:(0,H.useMemo)(()=>{let t=(e.displayTemplate??[]).filter((e,t)=>t%2==1).map(t=>e.fields[t]),n=[...r,...t].filter(e=>e?.type===`reference`&&!!e.target);return[...new Map(n.map(e=>[Yn(e.target,e.targetField),e])).values()]},[e,r])}}function qw(e,t){let[n,r]=(0,H.useState)(1),[i,a]=(0,H.useState)(t??20),[o,s]=(0,H.useState)(e.defaultSort?{...e.defaultSort}:null),[c,l]=(0,H.useState)({}),[u,d]=(0,H.useState)(null),[f,p]=(0,H.useState)(``),[m]=Tn(f.trim(),250);return{pageNo:n,pageSize:i,sort:o,filters:c,openFilter:u,searchInput:f,search:m,setPageNo:r,setPageSize:e=>{a(e),r(1)},toggleSort:e=>{s(t=>t&&t.field===e.name?{field:e.name,dir:t.dir===`asc`?`desc`:`asc`}:{field:e.name,dir:`asc`}),r(1)},setFilter:(e,t)=>{l(n=>{let r={...n};return t?r[e]=t:delete r[e],r}),r(1),d(null)},clearFilters:()=>{l({}),r(1)},setOpenFilter:d,typeSearch:e=>{p(e),r(1)},clearSearch:()=>p(``)}}function Jw(e,t){let n=t.value;return(Gw.has(e.type)&&e.type!==`decimal`||e.type===`reference`&&e.keyType===`integer`)&&typeof n==`string`&&(n=Number(n)),e.type===`decimal`&&typeof n==`string`&&(n=n.replace(/[,\s]/g,``)),e.type===`datetime`&&typeof n==`string`&&n&&(n=new Date(n).toISOString()),e.type===`localDateTime`&&typeof n==`string`&&/T\d\d:\d\d$/.test(n)&&(n=`${n}:00`),{field:e.name,op:t.op,value:n}}function Yw(e,{columns:t,refTargets:n},r){let i=kn(),a=Pn(),{pageNo:o,pageSize:s,sort:c,filters:l,search:u,setPageNo:d}=r,[f,p]=(0,H.useState)(null),[m,h]=(0,H.useState)(!0),[g,_]=(0,H.useState)(null),[v,y]=(0,H.useState)(0),b=(0,H.useCallback)(()=>y(e=>e+1),[]);return(0,H.useEffect)(()=>{let r=new AbortController,a={page:o,pageSize:s,sort:c?[c]:[],filters:Object.entries(l).map(([t,n])=>Jw(e.fields[t],n)),...u?{search:u}:{}};return h(!0),Rn(e.name,a,r.signal).then(async a=>{let c=a.items;if(await Promise.all([Mn(e,c,r.signal).catch(()=>void 0),...n.map(e=>{let n=i.entities[e.target],a=t.filter(t=>t.target===e.target&&t.targetField===e.targetField).flatMap(e=>c.map(t=>t[e.name])).filter(e=>e!=null&&e!==``).map(String);return n?Fn(n,a,r.signal,2,e.targetField?e:void 0).catch(()=>void 0):void 0})]),r.signal.aborted)return;p({...a,items:c}),_(null),h(!1);let l=Math.max(1,Math.ceil(a.total/s));o>l&&d(l)}).catch(e=>{r.signal.aborted||(_(Mw(e)),h(!1))}),()=>r.abort()},[e,i,t,n,o,s,c,l,u,v,a?.refreshKey]),Xw(e.name,[...new Set(n.map(e=>e.target))],b),{data:f,loading:m,error:g,reload:b}}function Xw(e,t,n){jw([e,...t],r=>{r.entity!==e&&Hn(r.entity),r.entity===`*`&&t.forEach(Hn),n()})}var Zw=YC(`outline`,`arrow-down`,`ArrowDown`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M18 13l-6 6`,key:`svg-1`}],[`path`,{d:`M6 13l6 6`,key:`svg-2`}]]),Qw=YC(`outline`,`arrow-up`,`ArrowUp`,[[`path`,{d:`M12 5l0 14`,key:`svg-0`}],[`path`,{d:`M18 11l-6 -6`,key:`svg-1`}],[`path`,{d:`M6 11l6 -6`,key:`svg-2`}]]),$w=YC(`outline`,`database-off`,`DatabaseOff`,[[`path`,{d:`M12.983 8.978c3.955 -.182 7.017 -1.446 7.017 -2.978c0 -1.657 -3.582 -3 -8 -3c-1.661 0 -3.204 .19 -4.483 .515m-2.783 1.228c-.471 .382 -.734 .808 -.734 1.257c0 1.22 1.944 2.271 4.734 2.74`,key:`svg-0`}],[`path`,{d:`M4 6v6c0 1.657 3.582 3 8 3c.986 0 1.93 -.067 2.802 -.19m3.187 -.82c1.251 -.53 2.011 -1.228 2.011 -1.99v-6`,key:`svg-1`}],[`path`,{d:`M4 12v6c0 1.657 3.582 3 8 3c3.217 0 5.991 -.712 7.261 -1.74m.739 -3.26v-4`,key:`svg-2`}],[`path`,{d:`M3 3l18 18`,key:`svg-3`}]]),eT=YC(`outline`,`filter`,`Filter`,[[`path`,{d:`M4 4h16v2.172a2 2 0 0 1 -.586 1.414l-4.414 4.414v7l-6 2v-8.5l-4.48 -4.928a2 2 0 0 1 -.52 -1.345v-2.227`,key:`svg-0`}]]),tT=YC(`filled`,`filter-filled`,`FilterFilled`,[[`path`,{d:`M20 3h-16a1 1 0 0 0 -1 1v2.227l.008 .223a3 3 0 0 0 .772 1.795l4.22 4.641v8.114a1 1 0 0 0 1.316 .949l6 -2l.108 -.043a1 1 0 0 0 .576 -.906v-6.586l4.121 -4.12a3 3 0 0 0 .879 -2.123v-2.171a1 1 0 0 0 -1 -1z`,key:`svg-0`}]]),nT=YC(`outline`,`search`,`Search`,[[`path`,{d:`M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0`,key:`svg-0`}],[`path`,{d:`M21 21l-6 -6`,key:`svg-1`}]]),rT=YC(`outline`,`selector`,`Selector`,[[`path`,{d:`M8 9l4 -4l4 4`,key:`svg-0`}],[`path`,{d:`M16 15l-4 4l-4 -4`,key:`svg-1`}]]),iT={eq:`is`,ne:`is not`,contains:`contains`,startsWith:`starts with`,gt:`>`,gte:`≥`,lt:`<`,lte:`≤`,isNull:`is empty`},aT=[`10`,`20`,`50`,`100`],oT=(0,H.lazy)(()=>k(()=>import(`./filters-DSYFSmFT.js`).then(e=>({default:e.FilterEditor})),__vite__mapDeps([23,8,9,5,10,6,11,7,12,13,24,25,26,27,28,29])));function sT(e){return e.type!==`json`&&e.type!==`array`}function cT(e,t){let n=e.type===`reference`?Wn(Yn(e.target??``,e.targetField),String(t.value))??String(t.value):e.type===`enum`?Kn(e,String(t.value)):qn(e,t.value);return`${e.label} ${iT[t.op]??t.op} ${n}`}function lT(e){return e?.totalExact===!1?`about `:``}function uT({entity:e,title:t,searchable:i,data:o,query:s,actions:l}){let u=o?.total??0,d=e.pluralLabel.toLowerCase();return(0,U.jsxs)(a,{justify:`space-between`,align:`center`,gap:`sm`,children:[t?(0,U.jsx)(n,{order:4,fw:600,children:t}):(0,U.jsx)(r,{size:`sm`,c:`dimmed`,children:o&&u?`${lT(o)}${u.toLocaleString()} ${u===1?e.label.toLowerCase():d}`:` `}),(0,U.jsxs)(a,{gap:`sm`,align:`center`,children:[l,i&&(0,U.jsx)(c,{placeholder:`Search ${d}…`,"aria-label":`Search ${d}`,leftSection:(0,U.jsx)(nT,{size:16,stroke:1.7}),rightSection:s.searchInput?(0,U.jsx)(cr,{variant:`subtle`,color:`gray`,size:`sm`,"aria-label":`Clear search`,onClick:s.clearSearch,children:(0,U.jsx)(nw,{size:14})}):void 0,value:s.searchInput,onChange:e=>s.typeSearch(e.currentTarget.value),w:{base:`100%`,xs:280}})]})]})}function dT({entity:e,query:t}){let n=Object.entries(t.filters);return n.length===0?null:(0,U.jsxs)(a,{gap:6,children:[n.map(([n,r])=>(0,U.jsx)(s,{variant:`light`,size:`lg`,tt:`none`,fw:500,rightSection:(0,U.jsx)(cr,{size:`xs`,variant:`transparent`,"aria-label":`Remove filter ${e.fields[n].label}`,onClick:()=>t.setFilter(n,null),children:(0,U.jsx)(nw,{size:12})}),children:cT(e.fields[n],r)},n)),(0,U.jsx)(o,{variant:`subtle`,size:`compact-xs`,color:`gray`,onClick:t.clearFilters,children:`Clear all`})]})}function fT({entity:e,error:t,reload:n}){return(0,U.jsx)(f,{color:`red`,title:`Could not load ${e.pluralLabel.toLowerCase()}`,children:(0,U.jsxs)(a,{justify:`space-between`,children:[(0,U.jsx)(r,{size:`sm`,children:t}),(0,U.jsx)(o,{size:`xs`,variant:`white`,color:`red`,onClick:n,children:`Retry`})]})})}function pT({field:e,sortable:t,allowFilters:n,query:i,first:o}){let{sort:s,filters:c,openFilter:l,setOpenFilter:u}=i,d=s?.field===e.name?s.dir:null,f=d===`asc`?Qw:d===`desc`?Zw:rT,p=d===`asc`?`ascending`:d===`desc`?`descending`:`none`,m=c[e.name],h=Gw.has(e.type);return(0,U.jsx)(C.Th,{"aria-label":e.label,"aria-sort":t?p:void 0,style:{textAlign:h?`right`:void 0},className:o?`torque-pin-start`:void 0,children:(0,U.jsxs)(a,{gap:0,wrap:`nowrap`,justify:h?`flex-end`:`flex-start`,children:[t?(0,U.jsxs)(Jt,{className:`torque-th-button`,onClick:()=>i.toggleSort(e),"aria-label":`Sort by ${e.label}`,"data-sort":d??`none`,children:[(0,U.jsx)(r,{span:!0,size:`sm`,fw:600,children:e.label}),(0,U.jsx)(f,{size:14,stroke:1.8,opacity:d?1:.45})]}):(0,U.jsx)(r,{span:!0,size:`sm`,fw:600,children:e.label}),n&&sT(e)&&(0,U.jsxs)(sn,{opened:l===e.name,onChange:t=>u(t?e.name:null),width:260,position:`bottom-start`,withArrow:!0,shadow:`md`,trapFocus:!0,returnFocus:!0,children:[(0,U.jsx)(sn.Target,{children:(0,U.jsx)(cr,{variant:m?`light`:`subtle`,color:m?void 0:`gray`,size:`xs`,className:`torque-filter-button`,"data-active":m?!0:void 0,"aria-label":`Filter ${e.label}`,onClick:()=>u(t=>t===e.name?null:e.name),children:m?(0,U.jsx)(tT,{size:13}):(0,U.jsx)(eT,{size:13,stroke:1.8})})}),(0,U.jsx)(sn.Dropdown,{children:(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(ii,{height:90}),children:(0,U.jsx)(oT,{field:e,current:m,onApply:t=>i.setFilter(e.name,t),onClear:()=>i.setFilter(e.name,null)},`${e.name}:${JSON.stringify(m??null)}`)})})]})]})})}function mT({entity:t,query:n}){let i=t.pluralLabel.toLowerCase();return(0,U.jsxs)(e,{align:`center`,gap:4,py:`xl`,children:[(0,U.jsx)($w,{size:32,stroke:1.4,color:`var(--mantine-color-dimmed)`}),(0,U.jsx)(r,{c:`dimmed`,size:`sm`,children:n.search||Object.keys(n.filters).length?`No ${i} match.`:`No ${i} yet.`})]})}var hT={first:`First page`,previous:`Previous page`,next:`Next page`,last:`Last page`};function gT({data:e,query:t}){let{pageNo:n,pageSize:i}=t,o=e?.total??0,s=Math.max(1,Math.ceil(o/i)),c=o===0?0:(n-1)*i+1,l=Math.min(o,n*i);return(0,U.jsxs)(a,{justify:`space-between`,gap:`sm`,children:[(0,U.jsx)(r,{size:`sm`,c:`dimmed`,"data-range":!0,children:e&&o?`${c.toLocaleString()}–${l.toLocaleString()} of ${lT(e)}${o.toLocaleString()}`:` `}),(0,U.jsxs)(a,{gap:`sm`,children:[(0,U.jsx)(zn,{"aria-label":`Rows per page`,data:aT.includes(String(i))?aT:[String(i),...aT],value:String(i),onChange:e=>{e&&t.setPageSize(Number(e))},allowDeselect:!1,w:80,size:`xs`}),s>1&&(0,U.jsx)(Br,{total:s,value:n,onChange:t.setPageNo,size:`sm`,siblings:1,boundaries:1,"aria-label":`Pages`,getControlProps:e=>({"aria-label":hT[e]}),getItemProps:e=>({"aria-label":`Page ${e}`,"aria-current":e===n?`page`:void 0})})]})]})}var _T=[`blue`,`teal`,`grape`,`orange`,`cyan`,`pink`,`lime`,`indigo`,`yellow`,`red`],vT={openModal:`Open`,closeModal:`Close`,navigate:`Open`,create:`New`,edit:`Edit`,delete:`Delete`,runFlow:`Run`,refresh:`Refresh`};function yT({field:e,value:t}){if(t==null||t===``)return(0,U.jsx)(r,{span:!0,c:`dimmed`,size:`sm`,children:`—`});switch(e.type){case`bytes`:return(0,U.jsxs)(a,{gap:6,wrap:`nowrap`,children:[(0,U.jsx)(r,{span:!0,size:`sm`,children:qn(e,t)}),(0,U.jsx)(dr,{size:`sm`,href:Gn(String(t)),download:e.name,children:`Download`})]});case`boolean`:return(0,U.jsx)(s,{variant:`light`,color:t?`teal`:`gray`,size:`sm`,tt:`none`,children:t?`Yes`:`No`});case`enum`:{let n=e.values?.indexOf(String(t))??0;return(0,U.jsx)(s,{variant:`light`,color:_T[Math.max(0,n)%_T.length],size:`sm`,tt:`none`,children:Kn(e,String(t))})}case`email`:return(0,U.jsx)(dr,{href:`mailto:${String(t)}`,size:`sm`,className:`torque-cell-truncate`,title:String(t),children:String(t)});case`url`:return(0,U.jsx)(dr,{href:String(t),target:`_blank`,rel:`noreferrer`,size:`sm`,className:`torque-cell-truncate`,title:String(t),children:String(t)});case`reference`:{let n=e.target?Wn(Yn(e.target,e.targetField),String(t)):void 0;return n===void 0?(0,U.jsx)(ii,{height:10,width:80,radius:`xl`,display:`inline-block`}):(0,U.jsx)(r,{span:!0,size:`sm`,children:n})}case`array`:return Array.isArray(t)?(0,U.jsxs)(a,{gap:4,wrap:`nowrap`,children:[t.slice(0,3).map((e,t)=>(0,U.jsx)(s,{variant:`outline`,size:`sm`,tt:`none`,children:String(e)},t)),t.length>3&&(0,U.jsxs)(r,{span:!0,size:`xs`,c:`dimmed`,children:[`+`,t.length-3]})]}):(0,U.jsx)(r,{span:!0,size:`sm`,children:String(t)});case`json`:return(0,U.jsx)(mr,{className:`torque-cell-clip`,children:JSON.stringify(t)});default:{let n=qn(e,t),i=e.type===`text`||e.type===`string`&&n.length>24;return(0,U.jsx)(r,{span:!0,size:`sm`,className:e.type===`text`?`torque-cell-clip`:e.type===`string`?`torque-cell-truncate`:void 0,title:i?n:void 0,children:n})}}}var bT=(0,H.memo)(function({record:e,entity:t,columns:n,actions:r,run:i,flows:o}){let s=Jn(t,e);return(0,U.jsxs)(C.Tr,{"data-record-id":e.id,children:[n.map((t,n)=>(0,U.jsx)(C.Td,{"data-field":t.name,className:n===0?`torque-pin-start`:void 0,style:Gw.has(t.type)?{textAlign:`right`,fontVariantNumeric:`tabular-nums`}:void 0,children:(0,U.jsx)(yT,{field:t,value:e[t.name]})},t.name)),r.length>0&&(0,U.jsx)(C.Td,{className:`torque-pin-end`,children:(0,U.jsx)(a,{gap:4,justify:`flex-end`,wrap:`nowrap`,children:r.map((t,n)=>{let r=zw[t.type],a=vT[t.type],c=t.type===`runFlow`?o[t.flow]?.label??t.flow:null;return(0,U.jsx)(ei,{label:c??a,withArrow:!0,openDelay:300,children:(0,U.jsx)(cr,{variant:`subtle`,color:t.type===`delete`?`red`:`gray`,"aria-label":c?`${c} for ${s}`:`${a} ${s}`,"data-action":t.type,onClick:()=>void i(t,e),children:(0,U.jsx)(r,{size:17,stroke:1.7})})},n)})})})]})});function xT({items:e,loading:t,pageSize:n,columns:r,actions:i,...a}){return(0,U.jsx)(C.Tbody,{children:e===null&&t?Array.from({length:Math.min(n,5)},(e,t)=>(0,U.jsxs)(C.Tr,{children:[r.map(e=>(0,U.jsx)(C.Td,{children:(0,U.jsx)(ii,{height:12,radius:`xl`})},e.name)),i.length>0&&(0,U.jsx)(C.Td,{className:`torque-pin-end`})]},t)):(e??[]).map(e=>(0,U.jsx)(bT,{record:e,columns:r,actions:i,...a},e.id))})}var ST=[];function CT(t){let{entity:n,sortable:r=!0}=t,i=(t.searchable??!0)&&n.searchFields.length>0,a=t.filterable??!0,o=ow(),s=(0,H.useMemo)(()=>(t.rowActions??ST).filter(e=>o.allows(e)),[t.rowActions,o]),c=kn(),l=Rw(),u=Kw(n,t.columns),d=qw(n,t.pageSize),{data:f,loading:p,error:m,reload:h}=Yw(n,u,d),{columns:g}=u;return(0,U.jsx)(D,{withBorder:!0,radius:`md`,p:`md`,shadow:`xs`,"data-grid":t.id,"data-entity":n.name,"data-total":f?f.total:void 0,"data-loading":p,children:(0,U.jsxs)(e,{gap:`sm`,children:[(0,U.jsx)(uT,{entity:n,title:t.title,searchable:i,data:f,query:d,actions:(0,U.jsx)(Ww,{entity:n,reload:h})}),(0,U.jsx)(dT,{entity:n,query:d}),m&&(0,U.jsx)(fT,{entity:n,error:m,reload:h}),(0,U.jsxs)(`div`,{className:`torque-table-scroll`,"data-loading":p,tabIndex:0,role:`region`,"aria-label":`${t.title??n.pluralLabel} table`,children:[(0,U.jsxs)(C,{className:`torque-table`,striped:!0,highlightOnHover:!0,stickyHeader:!0,verticalSpacing:8,horizontalSpacing:8,miw:g.length*115+(s.length?72:0),"aria-label":t.title??n.pluralLabel,"aria-busy":p,children:[(0,U.jsx)(C.Thead,{children:(0,U.jsxs)(C.Tr,{children:[g.map((e,t)=>(0,U.jsx)(pT,{field:e,sortable:r,allowFilters:a,query:d,first:t===0},e.name)),s.length>0&&(0,U.jsx)(C.Th,{className:`torque-pin-end`,style:{width:1},children:(0,U.jsx)(en,{children:`Actions`})})]})}),(0,U.jsx)(xT,{items:f?f.items:null,loading:p,pageSize:d.pageSize,entity:n,columns:g,actions:s,run:l,flows:c.flows})]}),f!==null&&f.items.length===0&&!m&&(0,U.jsx)(mT,{entity:n,query:d})]}),(0,U.jsx)(gT,{data:f,query:d})]})})}var wT=class extends H.Component{state={error:null};static getDerivedStateFromError(e){return{error:e}}componentDidCatch(e,t){console.error(`Component ${this.props.name} failed`,e,t.componentStack)}render(){return this.state.error?(0,U.jsx)(f,{color:`red`,title:`This part of the page failed to render`,children:this.state.error.message}):this.props.children}};function TT({id:e,kind:t,row:n,col:r,span:i,children:a}){let o=(0,H.useContext)(Ln)===`stack`?void 0:{"--torque-row":n,"--torque-col":r,"--torque-span":i};return(0,U.jsx)(`div`,{className:`torque-cell torque-cell-${t}`,"data-component":e,style:o,children:(0,U.jsx)(wT,{name:e,children:a})})}function ET({direction:t=`column`,children:n}){return t===`row`?(0,U.jsx)(Ln.Provider,{value:`row`,children:(0,U.jsx)(`div`,{className:`torque-row`,children:n})}):(0,U.jsx)(Ln.Provider,{value:`stack`,children:(0,U.jsx)(e,{gap:`md`,children:n})})}function DT({text:e,variant:t=`body`}){switch(t){case`h1`:return(0,U.jsx)(n,{order:1,children:e});case`h2`:return(0,U.jsx)(n,{order:2,children:e});case`h3`:return(0,U.jsx)(n,{order:3,children:e});case`caption`:return(0,U.jsx)(r,{size:`sm`,c:`dimmed`,children:e});default:return(0,U.jsx)(r,{children:e})}}var OT=(0,H.lazy)(()=>k(()=>import(`./form-C_qXQs4E.js`).then(e=>e.t).then(e=>({default:e.TorqueForm})),__vite__mapDeps([30,8,9,5,10,6,11,7,12,13,27,28,25,29,31,26,24])));function kT(){return(0,U.jsx)(e,{gap:`sm`,"aria-busy":`true`,children:[0,1,2,3].map(e=>(0,U.jsx)(ii,{height:52,radius:`sm`},e))})}function AT(e){return ow().can(e.entity.name,e.mode===`create`?`create`:`update`)?(0,U.jsx)(H.Suspense,{fallback:(0,U.jsx)(kT,{}),children:(0,U.jsx)(OT,{...e})}):null}async function jT(e){try{let t=await fetch(`/__torque/app.json`,{cache:`no-store`,credentials:`same-origin`,signal:AbortSignal.timeout(e)});return t.ok?await t.json():null}catch{return null}}var MT=(e,t,n,r)=>({name:e,type:t,label:n,widget:r,required:!0,rules:{},list:!1,form:!1,detail:!0}),NT={id:MT(`id`,`uuid`,`ID`,`text`),createdAt:MT(`createdAt`,`datetime`,`Created`,`datetime`),updatedAt:MT(`updatedAt`,`datetime`,`Updated`,`datetime`),version:MT(`version`,`integer`,`Version`,`number`)},PT=`/__torque/studio/api/rpc`;function FT(e){Dn.retarget(e?`${PT}?role=${encodeURIComponent(e)}`:PT)}function IT(e){let t={};for(let[n,r]of Object.entries(e.entities))t[n]={...r,fields:{...r.fields,...NT}};let n=e.pages.map(e=>({name:e.name,route:e.route,title:e.title,inNav:e.inNav,component:()=>(0,U.jsx)(U.Fragment,{})}));return{...e.app,entities:t,flows:e.flows,pages:n}}function LT(e){let[t,n]=(0,H.useState)(null),r=(0,H.useRef)(-1);return(0,H.useEffect)(()=>{let e=!1,t=0,i,a=async()=>{let o=await jT(5e3);if(!e){if(o!==null&&o.format===1&&o.generation!==r.current){r.current=o.generation;let e=IT(o);Un(e.entities),kw.requireToken(e.auth),n(e)}else++t<25&&(i=window.setTimeout(()=>void a(),400))}};return a(),()=>{e=!0,window.clearTimeout(i)}},[e]),t}function RT(){let[e,t]=(0,H.useState)(0),n=(0,H.useCallback)(()=>t(e=>e+1),[]);return(0,H.useMemo)(()=>({name:`studio-canvas`,modals:[],openModal:()=>void 0,closeModal:()=>void 0,refreshKey:e,refresh:n,confirm:()=>Promise.resolve(!1)}),[e,n])}function zT({app:e,role:t,children:n}){let r=RT(),i=(0,H.useRef)(void 0);return i.current!==t&&(FT(t),i.current=t),(0,U.jsx)(Nn.Provider,{value:e,children:(0,U.jsx)(Tw,{children:(0,U.jsx)(On.Provider,{value:r,children:(0,U.jsx)(Ln.Provider,{value:`stack`,children:n})})})})}function BT(e){let{puck:t,editMode:n,position:r,children:i,...a}=e;return a}function VT({kind:e,props:t}){let n=(0,H.useContext)(Nn),r=BT(t),i=String(r.id??``),a;if(n===null)a=(0,U.jsx)(f,{color:`gray`,title:`The app is not served yet`,children:`Its components show here once the model builds.`});else if(e===`DataGrid`||e===`TorqueForm`){let t=typeof r.entity==`string`?r.entity:``,o=n.entities[t];a=o?e===`DataGrid`?(0,U.jsx)(CT,{...r,id:i,entity:o}):(0,U.jsx)(AT,{...r,mode:r.mode===`edit`?`edit`:`create`,entity:o}):(0,U.jsx)(f,{color:`gray`,title:t?`${t} is not in the served app yet`:`Pick an entity`,children:t?`It shows here once the model builds with it.`:`Its records show here.`})}else a=e===`TorqueButton`?(0,U.jsx)(Bw,{...r,label:String(r.label??i)}):(0,U.jsx)(DT,{...r,text:String(r.text??``)});return(0,U.jsx)(TT,{id:i,kind:e,row:1,col:1,span:12,children:a})}function HT({direction:e,children:t}){return(0,U.jsx)(ET,{direction:e===`row`?`row`:`column`,children:t})}var UT=new Set([`Container`,`Modal`]),WT=[`openModal`,`closeModal`,`navigate`,`create`,`edit`,`delete`,`runFlow`,`refresh`],GT=new Set([`puck`,`editMode`]);function KT(e){return A(e).filter(t).map(e=>{let{type:t,children:n,...r}=e,i={...r,id:d(e.id)};return UT.has(d(t))&&(i.children=KT(n)),{type:d(t),props:i}})}function qT(e,n=new Map){for(let r of A(e).filter(t))n.set(d(r.id),r),qT(r.children,n);return n}function JT(e,n,r){return e.map(e=>{let i=e.props,a=d(i.id);if(!a||/^[A-Za-z]+-[0-9a-f]{8}-/.test(a)){let t=te(e.type)||`component`;a=t;for(let e=2;n.has(a);e++)a=`${t}-${e}`}n.add(a);let o={id:a,type:e.type};for(let[a,s]of Object.entries(i))if(!(a===`id`||GT.has(a)||s===void 0||s===``)){if(a===`children`)UT.has(e.type)&&(o.children=JT(s,n,r));else if(a===`position`){let e=t(s)?s:{},n=t=>typeof e[t]==`number`?e[t]:void 0;if(n(`row`)===void 0&&n(`col`)===void 0&&n(`span`)===void 0)continue;o.position={row:n(`row`)??1,col:n(`col`)??1,span:n(`span`)??12}}else o[a]=s}let s=[...Object.keys(r.get(a)??{id:0,type:0}),...Object.keys(o)];return Object.fromEntries([...new Set(s)].filter(e=>e in o).map(e=>[e,o[e]]))})}function YT(e,n){let r=e=>t(e?.position)&&Number(e.position.row)||0;if(!e.some(e=>t(e.position)))return e;let i=e;return e.forEach((e,a)=>{if(n.has(d(e.id))||e.type===`Modal`||t(e.position))return;let o=Math.max(0,...i.slice(0,a).map(r))+1;i=i.map((e,t)=>t===a?{...e,position:{row:o,col:1,span:12}}:t>a&&r(e)>=o?{...e,position:{...e.position,row:r(e)+1}}:e)}),i}function XT(e,t,n){let r=e=>e.map(e=>d(e.id)),i=r(t),a=r(n),o=(e,t)=>JSON.stringify(e)===JSON.stringify(t),s=t=>t.filter(([e,t])=>!o(e,t)).map(([,t,n])=>({op:`set`,path:`${e}/${n}`,value:t}));if(i.join(`
`)===a.join(`
`))return s(t.map((e,t)=>[e,n[t],t]));if(a.length===i.length+1){let o=a.findIndex((e,t)=>e!==i[t]),c=[...n.slice(0,o),...n.slice(o+1)];if(r(c).join(`
`)===i.join(`
`))return[{op:`insert`,path:`${e}/${o}`,value:n[o]},...s(c.map((e,n)=>[t[n],e,n<o?n:n+1]))]}if(i.length===a.length+1){let o=i.findIndex((e,t)=>e!==a[t]),c=[...t.slice(0,o),...t.slice(o+1)];if(r(c).join(`
`)===a.join(`
`))return[{op:`remove`,path:`${e}/${o}`},...s(c.map((e,t)=>[e,n[t],t]))]}if(i.length===a.length&&[...i].sort().join(`
`)===[...a].sort().join(`
`))for(let r=0;r<i.length;r++)for(let o=0;o<i.length;o++){let c=[...i];if(c.splice(o,0,...c.splice(r,1)),r!==o&&c.join(`
`)===a.join(`
`)){let i=new Map(t.map(e=>[d(e.id),e])),a=s(n.map((e,t)=>[i.get(d(e.id)),e,t]));return[{op:`move`,from:`${e}/${r}`,path:`${e}/${o}`},...a]}}return[{op:`set`,path:e,value:n}]}function ZT(e,n){return A(e.entities).filter(t).find(e=>e.name===n)}function QT(e,n){return A(ZT(e,n)?.fields).filter(t).map(e=>d(e.name))}var $T=e=>e.map(e=>({label:e,value:e})),eE=Ob();function tE({model:t,label:n,value:i,onChange:a,id:o}){let s=eE(e=>d((e.selectedItem?.props??{}).entity)),c=Array.isArray(i)?i:[],u=QT(t,s);return(0,U.jsxs)(e,{gap:2,id:o,"aria-label":n,children:[(0,U.jsx)(r,{size:`xs`,fw:600,children:n}),u.map(e=>(0,U.jsx)(l,{size:`xs`,label:e,"aria-label":`${n} ${e}`,checked:c.length===0||c.includes(e),onChange:t=>{let n=t.currentTarget.checked,r=c.length?c:u,i=u.filter(t=>t===e?n:r.includes(t));a(i.length?i:void 0)}},e)),u.length===0&&(0,U.jsx)(r,{size:`xs`,c:`dimmed`,children:`pick an entity first`})]})}function nE(e,t){return{type:`custom`,label:t,render:n=>(0,U.jsx)(tE,{model:e,label:t,...n})}}function rE(n,r){let i=A(n.entities).filter(t).map(e=>d(e.name)),a=A(n.layouts).filter(t).map(e=>d(e.name)),o=A(n.flows).filter(t).map(e=>d(e.name));return{type:`custom`,label:`Action`,render:({value:n,onChange:s})=>{let c=t(n)?n:{},l=d(c.type),u=l===`openModal`?`modal`:l===`navigate`?`page`:l===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(l)?`entity`:null,f=u===`modal`?r():u===`page`?a:u===`flow`?o:i;return(0,U.jsxs)(e,{gap:4,children:[(0,U.jsx)(S,{size:`xs`,label:`Action`,"aria-label":`action type`,value:l,data:[{value:``,label:`(none)`},...$T(WT)],onChange:e=>{let t=e.currentTarget.value;if(!t)return s(void 0);let n=t===`openModal`?`modal`:t===`navigate`?`page`:t===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(t)?`entity`:null,c=n===`modal`?r():n===`page`?a:n===`flow`?o:i;s(n?{type:t,[n]:c[0]??``}:{type:t})}}),u&&(0,U.jsx)(S,{size:`xs`,label:u,"aria-label":`action ${u}`,value:d(c[u]),data:$T(f.includes(d(c[u]))||!c[u]?f:[...f,d(c[u])]),onChange:e=>s({...c,[u]:e.currentTarget.value})})]})}}}var iE={type:`object`,label:`Position (grid row, column 1–12, span)`,objectFields:{row:{type:`number`,min:1},col:{type:`number`,min:1,max:12},span:{type:`number`,min:1,max:12}}};function aE(n,i){let o=A(n.entities).filter(t).map(e=>d(e.name)),c={type:`select`,label:`Entity`,options:$T(o)},l=(e,t,n)=>(0,U.jsx)(`div`,{style:{padding:4},"aria-label":`canvas ${e} ${d(t)}`,children:n}),u=e=>t=>l(e,t.id,(0,U.jsx)(VT,{kind:e,props:t})),f={title:{type:`text`,label:`Title`},entity:c,columns:nE(n,`Columns`),pageSize:{type:`number`,label:`Page size`,min:1,max:500},rowActions:{type:`array`,label:`Row actions`,arrayFields:{type:{type:`select`,options:$T([`edit`,`delete`,`runFlow`])},entity:c,modal:{type:`text`},flow:{type:`text`}},getItemSummary:e=>`${d(e.type)} ${d(e.modal??e.flow??e.entity)}`},position:iE},p={entity:c,mode:{type:`radio`,label:`Mode`,options:$T([`create`,`edit`])},fields:nE(n,`Fields`),submitLabel:{type:`text`,label:`Submit label`},position:iE};return{root:{fields:{}},components:{DataGrid:{label:`Data grid`,fields:f,defaultProps:{entity:o[0]??``},render:u(`DataGrid`)},TorqueForm:{label:`Form`,fields:p,defaultProps:{entity:o[0]??``,mode:`create`},render:u(`TorqueForm`)},TorqueButton:{label:`Button`,fields:{label:{type:`text`,label:`Label`},variant:{type:`select`,label:`Variant`,options:$T([`filled`,`light`,`outline`,`subtle`,`danger`])},action:rE(n,i),position:iE},defaultProps:{label:`Button`,action:{type:`refresh`}},render:u(`TorqueButton`)},Text:{label:`Text`,fields:{text:{type:`textarea`,label:`Text`},variant:{type:`select`,label:`Variant`,options:$T([`h1`,`h2`,`h3`,`body`,`caption`])},position:iE},defaultProps:{text:`Text`},render:u(`Text`)},Container:{label:`Container`,fields:{direction:{type:`radio`,label:`Direction`,options:$T([`column`,`row`])},children:{type:`slot`},position:iE},render:e=>{let t=e.children,n=e.direction===`row`;return l(`Container`,e.id,(0,U.jsx)(HT,{direction:e.direction,children:(0,U.jsx)(t,{style:{display:`flex`,flexDirection:n?`row`:`column`,gap:6,minHeight:40}})}))}},Modal:{label:`Modal`,fields:{title:{type:`text`,label:`Title`},children:{type:`slot`}},defaultProps:{title:`Dialog`},render:t=>{let n=t.children;return l(`Modal`,t.id,(0,U.jsxs)(e,{gap:4,style:{borderLeft:`3px solid var(--mantine-color-violet-5)`,paddingLeft:6},children:[(0,U.jsxs)(a,{gap:`xs`,children:[(0,U.jsx)(r,{fw:600,size:`sm`,children:d(t.title)}),(0,U.jsx)(s,{size:`xs`,color:`violet`,variant:`light`,children:`modal (opens on an action)`})]}),(0,U.jsx)(n,{style:{minHeight:40}})]}))}}}}}function oE(e,n){return e.some((e,r)=>{let i=n[r],a=e.props.children;return d(e.props.id)!==d(i?.id)||Array.isArray(a)&&oE(a,A(i?.children).filter(t))})}function sE(e){let t=[],n=e=>e.forEach(e=>{e.type===`Modal`&&t.push(d(e.props.id));let r=e.props.children;Array.isArray(r)&&n(r)});return n(e),t}function cE({model:i,edit:s,diagnostics:c,focus:l}){let f=A(i.layouts),p=/^\/layouts\/(\d+)/.exec(l??``),[m,h]=(0,H.useState)(p?Number(p[1]):0);(0,H.useEffect)(()=>{p&&h(Number(p[1]))},[l]);let g=f[m],v=t(g)?g.components:void 0,b=JSON.stringify(v??[]),x=(0,H.useRef)(b),[C,w]=(0,H.useState)(0);(0,H.useEffect)(()=>{b!==x.current&&(x.current=b,w(e=>e+1))},[b]);let T=(0,H.useRef)(null),E=(0,H.useRef)([]),D=(0,H.useMemo)(()=>aE(i,()=>E.current),[i]),O=(0,H.useMemo)(()=>({root:{props:{}},content:KT(v)}),[C,m]);E.current=sE((T.current??O).content);let ee=(0,H.useRef)(void 0),k=t(g)?d(g.name):``,ne=e=>{T.current=e,window.clearTimeout(ee.current),ee.current=window.setTimeout(()=>{let n=_(i);sE(e.content).forEach(e=>n.delete(e));let r=e=>e.forEach(e=>{n.delete(d(e.props.id));let t=e.props.children;Array.isArray(t)&&r(t)});r(e.content);let a=qT(v),o=YT(JT(e.content,n,a),a),c=JSON.stringify(o);if(c===x.current)return;let l=oE(e.content,o);x.current=l?``:c,s(XT(`/layouts/${m}/components`,A(v).filter(t),o),`edit page ${k}`)},300)};(0,H.useEffect)(()=>()=>window.clearTimeout(ee.current),[]);let re=()=>{let e=u(f.filter(t).map(e=>d(e.name)),`newPage`),n=f.filter(t).map(e=>d(e.route)),r=`/${te(e)}`;for(let t=2;n.includes(r);t++)r=`/${te(e)}-${t}`;let a=_(i),o=`page-${te(e)}`;for(let t=2;a.has(o);t++)o=`page-${te(e)}-${t}`;s([{op:`insert`,path:`/layouts/-`,value:{id:o,name:e,route:r,title:`New page`,components:[]}}],`add page ${e}`),h(f.length)},j=A(t(i.auth)?i.auth.roles:void 0).filter(t).map(e=>d(e.name)).filter(Boolean),[ie,ae]=(0,H.useState)(null),M=ie!==null&&j.includes(ie)?ie:j[0]??null,oe=LT(i),N=oe?.auth?M:null,se=c.filter(e=>e.pointer?.startsWith(`/layouts/${m}/`)||e.pointer===`/layouts/${m}`);return(0,U.jsxs)(e,{gap:`sm`,"aria-label":`page editor`,children:[(0,U.jsxs)(a,{align:`end`,children:[(0,U.jsx)(n,{order:3,children:`Pages`}),(0,U.jsx)(S,{size:`xs`,"aria-label":`page`,value:String(m),data:f.map((e,n)=>({value:String(n),label:t(e)?`${d(e.name)} (${d(e.route)})`:`#${n}`})),onChange:e=>h(Number(e.currentTarget.value))}),(0,U.jsx)(o,{size:`xs`,variant:`light`,onClick:re,children:`Add page`}),j.length>0&&(0,U.jsx)(S,{size:`xs`,label:`Data as role`,"aria-label":`canvas role`,value:M??``,data:$T(j),onChange:e=>ae(e.currentTarget.value)}),t(g)&&(0,U.jsx)(o,{size:`xs`,color:`red`,variant:`subtle`,ml:`auto`,onClick:()=>{s([{op:`remove`,path:`/layouts/${m}`}],`remove page ${k}`),h(0)},children:`Remove page`})]}),t(g)?(0,U.jsxs)(U.Fragment,{children:[(0,U.jsxs)(a,{align:`start`,children:[(0,U.jsx)(y,{label:`Page name`,value:k,onCommit:e=>s([{op:`set`,path:`/layouts/${m}/name`,value:e}],`rename page ${k}`)}),(0,U.jsx)(y,{label:`Route`,value:d(g.route),onCommit:e=>s([{op:`set`,path:`/layouts/${m}/route`,value:e}],`route of ${k}`)}),(0,U.jsx)(y,{label:`Page title`,value:d(g.title),width:240,onCommit:e=>s([e?{op:`set`,path:`/layouts/${m}/title`,value:e}:{op:`remove`,path:`/layouts/${m}/title`}],`title of ${k}`)}),(0,U.jsx)(S,{size:`xs`,label:`Navigation order`,"aria-label":`navigation order`,value:String(m),data:f.map((e,t)=>({value:String(t),label:String(t+1)})),onChange:e=>{let t=Number(e.currentTarget.value);t!==m&&(s([{op:`move`,from:`/layouts/${m}`,path:`/layouts/${t}`}],`move page ${k}`),h(t))}})]}),se.map((e,t)=>(0,U.jsxs)(r,{size:`xs`,c:`red`,children:[e.code,` `,e.pointer,`: `,e.message]},t)),(0,U.jsx)(`div`,{style:{border:`1px solid var(--mantine-color-gray-3)`,borderRadius:4},"data-testid":`puck`,children:(0,U.jsx)(zT,{app:oe,role:N,children:(0,U.jsx)(qC,{config:D,data:O,onChange:ne,iframe:{enabled:!1},height:`calc(100vh - 240px)`,overrides:{header:()=>(0,U.jsx)(U.Fragment,{})}},`${m}:${C}:${N??``}`)})})]}):(0,U.jsx)(r,{c:`dimmed`,children:`This model has no pages yet.`})]})}export{cE as PageEditor,Ow as a,YC as c,ci as d,ii as f,Aw as i,pi as l,cr as m,Mw as n,xw as o,dr as p,Rw as r,ow as s,iT as t,oi as u};