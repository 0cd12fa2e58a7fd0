const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/full-7ZJV44EE-CQeQJORs.js","assets/chunk-GNR2HNTB-DXX7Fab7.js","assets/chunk-67Y7M4OJ-DLsGosrO.js","assets/chunk-K2LNXU54-DwsYDbLF.js","assets/chunk-Y2EFNT5P-DCPShkYr.js","assets/jsx-runtime-BHjaDo2T.js","assets/react-dom-DAxThUoM.js","assets/index-CLDUzZu8.js","assets/Title-BX_M8okL.js","assets/inputs-Dbu2Qv_v.js","assets/index-CD9teysb.css","assets/chunk-4P4VZS4P-MjLHQHXj.js","assets/chunk-NJTGWYYH-DUwG-xcN.js","assets/dist-DtQZFzJ0.js","assets/dist-sv4sUKrT.js","assets/w3c-keyname-BOAvb0qz.js","assets/Render-DQXAYUBI-D4ZF4_hy.js","assets/chunk-2CNEFIQP-CkRKkSoi.js","assets/chunk-H635BA2V-DzYCL_bg.js","assets/Editor-44C53YAG-DehgcEq8.js"])))=>i.map(i=>d[i]);
import{_ as e,c as t,g as n,i as r,l as i,m as a,n as o,o as s,u as c,v as l,w as u,y as d}from"./inputs-Dbu2Qv_v.js";import{a as f,i as p,n as m,r as h,t as g}from"./Title-BX_M8okL.js";import{a as _,c as v,i as y,l as b,n as x,o as S,r as C,s as w,t as T,v as E}from"./index-CLDUzZu8.js";import{t as D}from"./chunk-H635BA2V-DzYCL_bg.js";import{t as O}from"./chunk-GNR2HNTB-DXX7Fab7.js";import{At as ee,B as te,Bt as ne,Ct as re,Dt as ie,Et as ae,Ft as k,G as oe,Gt as se,H as A,Ht as ce,I as j,It as le,J as ue,Kt as de,L as fe,Lt as pe,M as me,Mt as he,N as ge,Nt as _e,Ot as ve,P as ye,Pt as be,Q as xe,R as Se,Rt as Ce,St as we,Tt as Te,U as Ee,Ut as De,Vt as Oe,W as ke,Wt as Ae,Y as je,Z as Me,_ as Ne,_t as M,b as Pe,bt as N,c as Fe,ct as Ie,d as Le,dt as Re,f as ze,ft as Be,g as Ve,gt as P,h as He,ht as Ue,it as We,j as Ge,jt as Ke,k as qe,kt as Je,l as Ye,lt as Xe,mt as Ze,n as Qe,nt as $e,ot as et,pt as tt,q as nt,qt as rt,rt as it,st as at,tt as ot,u as st,ut as ct,v as lt,wt as ut,x as dt,xt as ft,y as pt,yt as mt,z as ht,zt as gt}from"./chunk-K2LNXU54-DwsYDbLF.js";import{a as F,i as I,n as _t,o as L,r as vt,t as R}from"./chunk-Y2EFNT5P-DCPShkYr.js";import{a as yt,i as bt,n as xt,r as St,t as Ct}from"./jsx-runtime-BHjaDo2T.js";import{t as wt}from"./react-dom-DAxThUoM.js";import"./chunk-67Y7M4OJ-DLsGosrO.js";import"./chunk-4P4VZS4P-MjLHQHXj.js";import"./chunk-NJTGWYYH-DUwG-xcN.js";var z=yt(xt(),1),B=Ct();L();var Tt=R(`RichTextEditor`,D),Et=(0,z.memo)(({children:e,menu:t,readOnly:n=!1,field:r,inline:i=!1,editor:a,id:o})=>{let{initialHeight:s}=r,c=P(e=>e.currentRichText?.id===o&&i===e.currentRichText.inline),l=M(),u=(0,z.useCallback)(e=>{var t,n;(e.metaKey||e.ctrlKey)&&e.key.toLowerCase()===`i`&&(e.stopPropagation(),e.preventDefault(),(n=a==null?void 0:(t=a.commands).toggleItalic)==null||n.call(t)),e.key.toLowerCase()===`backspace`&&e.stopPropagation()},[a]),d=(0,z.useCallback)(e=>{var t;let n=!!((t=e.relatedTarget)?.closest)?.call(t,`[data-puck-rte-menu]`);e.relatedTarget&&!n?l.setState({currentRichText:null}):e.stopPropagation()},[l]);return(0,B.jsxs)(`div`,{className:Tt({editor:!i,inline:i,isActive:c,disabled:n}),style:i?{}:{height:s??192,overflowY:`auto`},onKeyDownCapture:u,onBlur:d,children:[!i&&(0,B.jsx)(`div`,{className:Tt(`menu`),children:t}),e]})});Et.displayName=`EditorInner`,L();var Dt=(0,z.lazy)(()=>T(()=>import(`./full-7ZJV44EE-CQeQJORs.js`).then(e=>({default:e.LoadedRichTextMenuFull})),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]))),Ot=e=>(0,B.jsx)(z.Suspense,{fallback:(0,B.jsx)(O,F({},e)),children:(0,B.jsx)(Dt,F({},e))}),kt=yt(wt(),1);function At(e,t,n){var r=this,i=(0,z.useRef)(null),a=(0,z.useRef)(0),o=(0,z.useRef)(null),s=(0,z.useRef)([]),c=(0,z.useRef)(),l=(0,z.useRef)(),u=(0,z.useRef)(e),d=(0,z.useRef)(!0);(0,z.useEffect)(function(){u.current=e},[e]);var f=!t&&t!==0&&typeof window<`u`;if(typeof e!=`function`)throw TypeError(`Expected a function`);t=+t||0;var p=!!(n||={}).leading,m=!(`trailing`in n)||!!n.trailing,h=`maxWait`in n,g=h?Math.max(+n.maxWait||0,t):null;return(0,z.useEffect)(function(){return d.current=!0,function(){d.current=!1}},[]),(0,z.useMemo)(function(){var e=function(e){var t=s.current,n=c.current;return s.current=c.current=null,a.current=e,l.current=u.current.apply(n,t)},n=function(e,t){f&&cancelAnimationFrame(o.current),o.current=f?requestAnimationFrame(e):setTimeout(e,t)},_=function(e){if(!d.current)return!1;var n=e-i.current;return!i.current||n>=t||n<0||h&&e-a.current>=g},v=function(t){return o.current=null,m&&s.current?e(t):(s.current=c.current=null,l.current)},y=function e(){var r=Date.now();if(_(r))return v(r);if(d.current){var o=t-(r-i.current);n(e,h?Math.min(o,g-(r-a.current)):o)}},b=function(){var u=Date.now(),f=_(u);if(s.current=[].slice.call(arguments),c.current=r,i.current=u,f){if(!o.current&&d.current)return a.current=i.current,n(y,t),p?e(i.current):l.current;if(h)return n(y,t),e(i.current)}return o.current||n(y,t),l.current};return b.cancel=function(){o.current&&(f?cancelAnimationFrame(o.current):clearTimeout(o.current)),a.current=0,s.current=i.current=c.current=o.current=null},b.isPending=function(){return!!o.current},b.flush=function(){return o.current?v(Date.now()):l.current},b},[p,h,t,g,m,f])}function jt(e,t){return e===t}function Mt(e){return typeof e==`function`?function(){return e}:e}function Nt(e,t,n){var r,i,a=n&&n.equalityFn||jt,o=(r=(0,z.useState)(Mt(e)),i=r[1],[r[0],(0,z.useCallback)(function(e){return i(Mt(e))},[])]),s=o[0],c=o[1],l=At((0,z.useCallback)(function(e){return c(e)},[c]),t,n),u=(0,z.useRef)(e);return a(u.current,e)||(l(e),u.current=e),[s,l]}L(),L(),L(),L(),L(),L();var Pt=(e,t=e)=>({slot:({value:n,propName:r,field:i,isReadOnly:a})=>{let o=a?t:e;return e=>o(I(F({allow:i?.type===`slot`?i.allow:[],disallow:i?.type===`slot`?i.disallow:[]},e),{zone:r,content:n}))}});L(),L(),L();function Ft(e,t,n){let r={};return Object.keys(e).forEach(i=>{let a=i;r[a]=r=>{var i=r,{parentId:o}=i,s=vt(i,[`parentId`]);let c=s.propPath.replace(/\[\d+\]/g,`[*]`),l=t?.[s.propPath]||t?.[c]||n||!1,u=e[a];return u?.(I(F({},s),{field:s.field,isReadOnly:l,componentId:o}))}}),r}function It(e,t,n,r,i){let a=(0,z.useMemo)(()=>Ft(n,r,i),[n,r,i]),o=(0,z.useMemo)(()=>ne(t,a,e).props,[e,t,a]);return(0,z.useMemo)(()=>F(F({},t.props),o),[t.props,o])}function Lt(e,t,n,r=n,i,a){return It(e,t,Pt(n,r),i,a)}L(),L();var Rt=R(`RichTextEditor`,D);function zt({content:e}){return(0,B.jsx)(`div`,{className:Rt(),children:(0,B.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e}})})}L();var Bt=(e,t,n)=>{if(!e)return null;if(t.length===0)return n(e);let[r,...i]=t;return Array.isArray(e)?e.map(e=>Bt(e,t,n)):I(F({},e),{[r]:Bt(e[r],i,n)})},Vt=(0,z.lazy)(()=>T(()=>import(`./Render-DQXAYUBI-D4ZF4_hy.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([16,17,4,5,14,15,18])));function Ht(e,t){let n=(e,t=[])=>{if(!e)return[];let r=[];for(let[i,a]of Object.entries(e)){let e=[...t,i];a.type===`richtext`&&r.push({path:e,field:a}),a.type===`array`&&`arrayFields`in a&&r.push(...n(a.arrayFields,e)),a.type===`object`&&`objectFields`in a&&r.push(...n(a.objectFields,e))}return r},r=(0,z.useMemo)(()=>n(e),[e]);return(0,z.useMemo)(()=>{if(!r?.length)return{};let e=F({},t);for(let{path:t,field:n}of r)e=Bt(e,t,e=>(0,B.jsx)(z.Suspense,{fallback:(0,B.jsx)(zt,{content:e}),children:(0,B.jsx)(Vt,{content:e,field:n})},t.join(`.`)));return e},[r,t,e])}L();var Ut=e=>(0,B.jsx)(Gt,F({},e)),Wt=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=Lt(e,t,t=>(0,B.jsx)(Ut,I(F({},t),{config:e,metadata:n}))),a=Ht(r.fields,i);return(0,B.jsx)(r.render,I(F(F({},i),a),{puck:I(F({},i.puck),{metadata:n||{}})}))},Gt=(0,z.forwardRef)(function({className:e,style:t,content:n,config:r,metadata:i,as:a},o){return(0,B.jsx)(a??`div`,{className:e,style:t,ref:o,children:n.map(e=>r.components[e.type]?(0,B.jsx)(Wt,{config:r,item:e,metadata:i},e.props.id):null)})}),Kt=e=>Symbol.iterator in e,qt=e=>`entries`in e,Jt=(e,t)=>{let n=e instanceof Map?e:new Map(e.entries()),r=t instanceof Map?t:new Map(t.entries());if(n.size!==r.size)return!1;for(let[e,t]of n)if(!r.has(e)||!Object.is(t,r.get(e)))return!1;return!0},Yt=(e,t)=>{let n=e[Symbol.iterator](),r=t[Symbol.iterator](),i=n.next(),a=r.next();for(;!i.done&&!a.done;){if(!Object.is(i.value,a.value))return!1;i=n.next(),a=r.next()}return!!i.done&&!!a.done};function Xt(e,t){return Object.is(e,t)?!0:typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t)?!1:Kt(e)&&Kt(t)?qt(e)&&qt(t)?Jt(e,t):Yt(e,t):Jt({entries:()=>Object.entries(e)},{entries:()=>Object.entries(t)})}function Zt(e){let t=z.useRef(void 0);return n=>{let r=e(n);return Xt(t.current,r)?t.current:t.current=r}}var Qt=Symbol.for(`preact-signals`);function $t(){if(nn>1)nn--;else{var e,t=!1;for((function(){var e=sn;for(sn=void 0;e!==void 0;){var t=e.S;if(t.v===e.v)for(var n=t.t;n!==void 0;n=n.x)n.i===e.i&&(n.i=t.i);e=e.o}})();tn!==void 0;){var n=tn;for(tn=void 0,rn++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&fn(n))try{n.c()}catch(n){t||=(e=n,!0)}n=r}}if(rn=0,nn--,t)throw e}}function V(e){if(nn>0)return e();on=++an,nn++;try{return e()}finally{$t()}}var en,H=void 0;function U(e){var t=H,n=en;H=void 0,en=void 0;try{return e()}finally{H=t,en=n}}var tn=void 0,nn=0,rn=0,an=0,on=0,sn=void 0,cn=0;function ln(e){if(H!==void 0){var t=e.n;if(t===void 0||t.t!==H)return t={i:0,S:e,p:H.s,n:void 0,t:H,e:void 0,x:void 0,r:t},H.s!==void 0&&(H.s.n=t),H.s=t,e.n=t,32&H.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=H.s,t.n=void 0,H.s.n=t,H.s=t),t}}function un(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}un.prototype.brand=Qt,un.prototype.h=function(){return!0},un.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n===void 0?U(function(){var e;(e=t.W)==null||e.call(t)}):n.e=e)},un.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&U(function(){var e;(e=t.Z)==null||e.call(t)}))}},un.prototype.subscribe=function(e){var t=this;return xn(function(){var n=t.value;U(function(){return e(n)})},{name:`sub`})},un.prototype.valueOf=function(){return this.value},un.prototype.toString=function(){return this.value+``},un.prototype.toJSON=function(){return this.value},un.prototype.peek=function(){var e=this;return U(function(){return e.value})},Object.defineProperty(un.prototype,"value",{get:function(){var e=ln(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(rn>100)throw Error(`Cycle detected`);(function(e){nn!==0&&rn===0&&e.l!==on&&(e.l=on,sn={S:e,v:e.v,i:e.i,o:sn})})(this),this.v=e,this.i++,cn++,nn++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{$t()}}}});function dn(e,t){return new un(e,t)}function fn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function pn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function mn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function hn(e,t){un.call(this,void 0,t),this.x=e,this.s=void 0,this.g=cn-1,this.f=4}hn.prototype=new un,hn.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===cn))return!0;if(this.g=cn,this.f|=1,this.i>0&&!fn(this))return this.f&=-2,!0;var e=H;try{pn(this),H=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(e){this.v=e,this.f|=16,this.i++}return H=e,mn(this),this.f&=-2,!0},hn.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}un.prototype.S.call(this,e)},hn.prototype.U=function(e){if(this.t!==void 0&&(un.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}},hn.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}},Object.defineProperty(hn.prototype,"value",{get:function(){if(1&this.f)throw Error(`Cycle detected`);var e=ln(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function gn(e,t){return new hn(e,t)}function _n(e){var t=e.j;if(e.j=void 0,typeof t==`function`){nn++;var n=H;H=void 0;try{t()}catch(t){throw e.f&=-2,e.f|=8,vn(e),t}finally{H=n,$t()}}}function vn(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,_n(e)}function yn(e){if(H!==this)throw Error(`Out-of-order effect`);mn(this),H=e,this.f&=-2;try{8&this.f&&vn(this)}finally{$t()}}function bn(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,en&&en.push(this)}bn.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t==`function`&&(this.j=t)}finally{e()}},bn.prototype.S=function(){if(1&this.f)throw Error(`Cycle detected`);this.f|=1,this.f&=-9,_n(this),pn(this),nn++;var e=H;return H=this,yn.bind(this,e)},bn.prototype.N=function(){2&this.f||(this.f|=2,this.u=tn,tn=this)},bn.prototype.d=function(){this.f|=8,1&this.f||vn(this)},bn.prototype.dispose=function(){this.d()};function xn(e,t){var n=new bn(e,t);try{n.c()}catch(e){throw n.d(),e}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var Sn=Object.create,Cn=Object.defineProperty,wn=Object.defineProperties,Tn=Object.getOwnPropertyDescriptor,En=Object.getOwnPropertyDescriptors,Dn=Object.getOwnPropertySymbols,On=Object.prototype.hasOwnProperty,kn=Object.prototype.propertyIsEnumerable,An=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),jn=e=>{throw TypeError(e)},Mn=(e,t,n)=>t in e?Cn(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Nn=(e,t)=>{for(var n in t||={})On.call(t,n)&&Mn(e,n,t[n]);if(Dn)for(var n of Dn(t))kn.call(t,n)&&Mn(e,n,t[n]);return e},Pn=(e,t)=>wn(e,En(t)),Fn=(e,t)=>Cn(e,`name`,{value:t,configurable:!0}),In=e=>[,,,Sn(e?.[An(`metadata`)]??null)],Ln=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Rn=e=>e!==void 0&&typeof e!=`function`?jn(`Function expected`):e,zn=(e,t,n,r,i)=>({kind:Ln[e],name:t,metadata:r,addInitializer:e=>n._?jn(`Already initialized`):i.push(Rn(e||null))}),Bn=(e,t)=>Mn(t,An(`metadata`),e[3]),Vn=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Hn=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=Ln[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Tn(d<4?i:{get[n](){return Gn(this,a)},set[n](e){return qn(this,a,e)}},n));d?p&&d<4&&Fn(a,(d>2?`set `:d>1?`get `:``)+n):Fn(i,n);for(var y=r.length-1;y>=0;y--)l=zn(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Wn(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Gn:Jn)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>qn(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?Rn(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?jn(`Object expected`):(Rn(o=s.get)&&(v.get=o),Rn(o=s.set)&&(v.set=o),Rn(o=s.init)&&g.unshift(o));return d||Bn(e,i),v&&Cn(i,n,v),p?d^4?a:v:i},Un=(e,t,n)=>t.has(e)||jn(`Cannot `+n),Wn=(e,t)=>Object(t)===t?e.has(t):jn(`Cannot use the "in" operator on this value`),Gn=(e,t,n)=>(Un(e,t,`read from private field`),n?n.call(e):t.get(e)),Kn=(e,t,n)=>t.has(e)?jn(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),qn=(e,t,n,r)=>(Un(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Jn=(e,t,n)=>(Un(e,t,`access private method`),n);function Yn(e,t){if(t){let n;return gn(()=>{let r=e();return r&&n&&t(n,r)?n:(n=r,r)})}return gn(e)}function Xn(e,t){if(Object.is(e,t))return!0;if(e===null||t===null)return!1;if(typeof e==`function`&&typeof t==`function`)return e===t;if(e instanceof Set&&t instanceof Set){if(e.size!==t.size)return!1;for(let n of e)if(!t.has(n))return!1;return!0}if(Array.isArray(e))return!Array.isArray(t)||e.length!==t.length?!1:!e.some((e,n)=>!Xn(e,t[n]));if(typeof e==`object`&&typeof t==`object`){let n=Object.keys(e),r=Object.keys(t);return n.length===r.length&&!n.some(n=>!Xn(e[n],t[n]))}return!1}function W({get:e},t){return{init(e){return dn(e)},get(){return e.call(this).value},set(t){let n=e.call(this);n.peek()!==t&&(n.value=t)}}}function G(e,t){let n=new WeakMap;return function(){let t=n.get(this);return t||(t=Yn(e.bind(this)),n.set(this,t)),t.value}}function Zn(e=!0){return function(t,n){n.addInitializer(function(){let t=n.kind===`field`||n.static?this:Object.getPrototypeOf(this),r=Object.getOwnPropertyDescriptor(t,n.name);r&&Object.defineProperty(t,n.name,Pn(Nn({},r),{enumerable:e}))})}}function Qn(...e){let t=e.map(e=>xn(e));return()=>t.forEach(e=>e())}var $n,er,tr,nr,rr,ir=[W],ar,or,sr,cr,lr,ur,dr,fr,pr,mr,hr,gr,_r,vr;rr=[W],nr=[W],tr=[Zn()],er=[Zn()],$n=[Zn()];var yr=class{constructor(e,t=Object.is){this.defaultValue=e,this.equals=t,Vn(ar,5,this),Kn(this,ur),Kn(this,or,Vn(ar,8,this)),Vn(ar,11,this),Kn(this,dr,Vn(ar,12,this)),Vn(ar,15,this),Kn(this,hr,Vn(ar,16,this)),Vn(ar,19,this),this.reset=this.reset.bind(this),this.reset()}get current(){return Gn(this,ur,_r)}get initial(){return Gn(this,ur,cr)}get previous(){return Gn(this,ur,pr)}set current(e){let t=U(()=>Gn(this,ur,_r));e&&t&&this.equals(t,e)||V(()=>{Gn(this,ur,cr)||qn(this,ur,e,lr),qn(this,ur,t,mr),qn(this,ur,e,vr)})}reset(e=this.defaultValue){V(()=>{qn(this,ur,void 0,mr),qn(this,ur,e,lr),qn(this,ur,e,vr)})}};ar=In(null),or=new WeakMap,ur=new WeakSet,dr=new WeakMap,hr=new WeakMap,sr=Hn(ar,20,`#initial`,ir,ur,or),cr=sr.get,lr=sr.set,fr=Hn(ar,20,`#previous`,rr,ur,dr),pr=fr.get,mr=fr.set,gr=Hn(ar,20,`#current`,nr,ur,hr),_r=gr.get,vr=gr.set,Hn(ar,2,`current`,tr,yr),Hn(ar,2,`initial`,er,yr),Hn(ar,2,`previous`,$n,yr),Bn(ar,yr);function br(e){return U(()=>{let t={};for(let n in e)t[n]=e[n];return t})}var xr,Sr=class{constructor(){Kn(this,xr,new WeakMap)}get(e,t){return e?Gn(this,xr).get(e)?.get(t):void 0}set(e,t,n){if(e)return Gn(this,xr).has(e)||Gn(this,xr).set(e,new Map),Gn(this,xr).get(e)?.set(t,n)}clear(e){return e?Gn(this,xr).get(e)?.clear():void 0}};xr=new WeakMap;var Cr=Object.create,wr=Object.defineProperty,Tr=Object.getOwnPropertyDescriptor,Er=Object.getOwnPropertySymbols,Dr=Object.prototype.hasOwnProperty,Or=Object.prototype.propertyIsEnumerable,kr=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Ar=e=>{throw TypeError(e)},jr=Math.pow,Mr=(e,t,n)=>t in e?wr(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Nr=(e,t)=>{for(var n in t||={})Dr.call(t,n)&&Mr(e,n,t[n]);if(Er)for(var n of Er(t))Or.call(t,n)&&Mr(e,n,t[n]);return e},Pr=(e,t)=>wr(e,`name`,{value:t,configurable:!0}),Fr=e=>[,,,Cr(e?.[kr(`metadata`)]??null)],Ir=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Lr=e=>e!==void 0&&typeof e!=`function`?Ar(`Function expected`):e,Rr=(e,t,n,r,i)=>({kind:Ir[e],name:t,metadata:r,addInitializer:e=>n._?Ar(`Already initialized`):i.push(Lr(e||null))}),zr=(e,t)=>Mr(t,kr(`metadata`),e[3]),Br=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},Vr=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=Ir[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Tr(d<4?i:{get[n](){return Wr(this,a)},set[n](e){return Kr(this,a,e)}},n));d?p&&d<4&&Pr(a,(d>2?`set `:d>1?`get `:``)+n):Pr(i,n);for(var y=r.length-1;y>=0;y--)l=Rr(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Ur(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Wr:qr)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>Kr(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?Lr(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Ar(`Object expected`):(Lr(o=s.get)&&(v.get=o),Lr(o=s.set)&&(v.set=o),Lr(o=s.init)&&g.unshift(o));return d||zr(e,i),v&&wr(i,n,v),p?d^4?a:v:i},Hr=(e,t,n)=>t.has(e)||Ar(`Cannot `+n),Ur=(e,t)=>Object(t)===t?e.has(t):Ar(`Cannot use the "in" operator on this value`),Wr=(e,t,n)=>(Hr(e,t,`read from private field`),n?n.call(e):t.get(e)),Gr=(e,t,n)=>t.has(e)?Ar(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Kr=(e,t,n,r)=>(Hr(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),qr=(e,t,n)=>(Hr(e,t,`access private method`),n),Jr=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},Yr=class e{constructor(e,t,n,r){this.left=e,this.top=t,this.width=n,this.height=r,this.scale={x:1,y:1}}get inverseScale(){return{x:1/this.scale.x,y:1/this.scale.y}}translate(t,n){let{top:r,left:i,width:a,height:o,scale:s}=this,c=new e(i+t,r+n,a,o);return c.scale=Nr({},s),c}get boundingRectangle(){let{width:e,height:t,left:n,top:r,right:i,bottom:a}=this;return{width:e,height:t,left:n,top:r,right:i,bottom:a}}get center(){let{left:e,top:t,right:n,bottom:r}=this;return new Jr((e+n)/2,(t+r)/2)}get area(){let{width:e,height:t}=this;return e*t}equals(t){if(!(t instanceof e))return!1;let{left:n,top:r,width:i,height:a}=this;return n===t.left&&r===t.top&&i===t.width&&a===t.height}containsPoint(e){let{top:t,left:n,bottom:r,right:i}=this;return t<=e.y&&e.y<=r&&n<=e.x&&e.x<=i}intersectionArea(t){return t instanceof e?Xr(this,t):0}intersectionRatio(e){let{area:t}=this,n=this.intersectionArea(e);return n/(e.area+t-n)}get bottom(){let{top:e,height:t}=this;return e+t}get right(){let{left:e,width:t}=this;return e+t}get aspectRatio(){let{width:e,height:t}=this;return e/t}get corners(){return[{x:this.left,y:this.top},{x:this.right,y:this.top},{x:this.left,y:this.bottom},{x:this.right,y:this.bottom}]}static from({top:t,left:n,width:r,height:i}){return new e(n,t,r,i)}static delta(e,t,n={x:`center`,y:`center`}){let r=(e,t)=>{let r=n[t],i=t===`x`?e.left:e.top,a=t===`x`?e.width:e.height;return r==`start`?i:r==`end`?i+a:i+a/2};return Jr.delta({x:r(e,`x`),y:r(e,`y`)},{x:r(t,`x`),y:r(t,`y`)})}static intersectionRatio(t,n){return e.from(t).intersectionRatio(e.from(n))}};function Xr(e,t){let n=Math.max(t.top,e.top),r=Math.max(t.left,e.left),i=Math.min(t.left+t.width,e.left+e.width),a=Math.min(t.top+t.height,e.top+e.height),o=i-r,s=a-n;return r<i&&n<a?o*s:0}var Zr,Qr,$r,ei,ti,ni=class extends ($r=yr,Qr=[G],Zr=[G],$r){constructor(e){let t=Jr.from(e);super(t,(e,t)=>Jr.equals(e,t)),Br(ti,5,this),Gr(this,ei,0),this.velocity={x:0,y:0}}get delta(){return Jr.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=Jr.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-Wr(this,ei),o=e=>Math.round(e/a*100);V(()=>{Kr(this,ei,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(Jr.from(e)),this.velocity={x:0,y:0}}};ti=Fr($r),ei=new WeakMap,Vr(ti,2,`delta`,Qr,ni),Vr(ti,2,`direction`,Zr,ni),zr(ti,ni);function ri({x:e,y:t},n){let r=Math.abs(e),i=Math.abs(t);return typeof n==`number`?Math.sqrt(jr(r,2)+jr(i,2))>n:`x`in n&&`y`in n?r>n.x&&i>n.y:`x`in n?r>n.x:`y`in n&&i>n.y}var ii=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(ii||{}),ai=Object.values(ii),oi=Object.create,si=Object.defineProperty,ci=Object.defineProperties,li=Object.getOwnPropertyDescriptor,ui=Object.getOwnPropertyDescriptors,di=Object.getOwnPropertySymbols,fi=Object.prototype.hasOwnProperty,pi=Object.prototype.propertyIsEnumerable,mi=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),hi=e=>{throw TypeError(e)},gi=(e,t,n)=>t in e?si(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,_i=(e,t)=>{for(var n in t||={})fi.call(t,n)&&gi(e,n,t[n]);if(di)for(var n of di(t))pi.call(t,n)&&gi(e,n,t[n]);return e},vi=(e,t)=>ci(e,ui(t)),yi=(e,t)=>si(e,`name`,{value:t,configurable:!0}),bi=(e,t)=>{var n={};for(var r in e)fi.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&di)for(var r of di(e))t.indexOf(r)<0&&pi.call(e,r)&&(n[r]=e[r]);return n},xi=e=>[,,,oi(e?.[mi(`metadata`)]??null)],Si=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Ci=e=>e!==void 0&&typeof e!=`function`?hi(`Function expected`):e,wi=(e,t,n,r,i)=>({kind:Si[e],name:t,metadata:r,addInitializer:e=>n._?hi(`Already initialized`):i.push(Ci(e||null))}),Ti=(e,t)=>gi(t,mi(`metadata`),e[3]),K=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},q=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=Si[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&li(d<4?i:{get[n](){return Oi(this,a)},set[n](e){return ki(this,a,e)}},n));d?p&&d<4&&yi(a,(d>2?`set `:d>1?`get `:``)+n):yi(i,n);for(var y=r.length-1;y>=0;y--)l=wi(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>Di(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Oi:Ai)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>ki(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?Ci(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?hi(`Object expected`):(Ci(o=s.get)&&(v.get=o),Ci(o=s.set)&&(v.set=o),Ci(o=s.init)&&g.unshift(o));return d||Ti(e,i),v&&si(i,n,v),p?d^4?a:v:i},Ei=(e,t,n)=>t.has(e)||hi(`Cannot `+n),Di=(e,t)=>Object(t)===t?e.has(t):hi(`Cannot use the "in" operator on this value`),Oi=(e,t,n)=>(Ei(e,t,`read from private field`),n?n.call(e):t.get(e)),J=(e,t,n)=>t.has(e)?hi(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),ki=(e,t,n,r)=>(Ei(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),Ai=(e,t,n)=>(Ei(e,t,`access private method`),n);function ji(e,t){return{plugin:e,options:t}}function Mi(e){return t=>ji(e,t)}function Ni(e){return typeof e==`function`?{plugin:e,options:void 0}:e}var Pi=[W],Fi,Ii,Li,Ri=class{constructor(e,t){this.manager=e,this.options=t,J(this,Ii,K(Fi,8,this,!1)),K(Fi,11,this),J(this,Li,new Set)}enable(){this.disabled=!1}disable(){this.disabled=!0}isDisabled(){return U(()=>this.disabled)}configure(e){this.options=e}registerEffect(e){let t=xn(e.bind(this));return Oi(this,Li).add(t),t}destroy(){Oi(this,Li).forEach(e=>e())}static configure(e){return ji(this,e)}};Fi=xi(null),Ii=new WeakMap,Li=new WeakMap,q(Fi,4,`disabled`,Pi,Ri,Ii),Ti(Fi,Ri);var zi=class extends Ri{},Bi,Vi=class{constructor(e){this.manager=e,this.instances=new Map,J(this,Bi,[])}get values(){return Array.from(this.instances.values())}set values(e){let t=e.map(Ni).reduce((e,t)=>{let n=e.find(({plugin:e})=>e===t.plugin);return n?(n.options=t.options,e):[...e,t]},[]),n=t.map(({plugin:e})=>e);for(let e of Oi(this,Bi))if(!n.includes(e)){if(e.prototype instanceof zi)continue;this.unregister(e)}for(let{plugin:e,options:n}of t)this.register(e,n);ki(this,Bi,n)}get(e){return this.instances.get(e)}register(e,t){let n=this.instances.get(e);if(n)return n.options!==t&&(n.options=t),n;let r=new e(this.manager,t);return this.instances.set(e,r),r}unregister(e){let t=this.instances.get(e);t&&(t.destroy(),this.instances.delete(e))}destroy(){for(let e of this.instances.values())e.destroy();this.instances.clear()}};Bi=new WeakMap;function Hi(e,t){return e.priority===t.priority?e.type===t.type?t.value-e.value:t.type-e.type:t.priority-e.priority}var Ui=[],Wi,Gi,Ki=class extends Ri{constructor(e){super(e),J(this,Wi),J(this,Gi),this.computeCollisions=this.computeCollisions.bind(this),ki(this,Gi,dn(Ui)),this.destroy=Qn(()=>{let e=this.computeCollisions(),t=U(()=>this.manager.dragOperation.position.current);if(e!==Ui){let e=Oi(this,Wi);if(ki(this,Wi,t),e&&t.x==e.x&&t.y==e.y)return}else ki(this,Wi,void 0);Oi(this,Gi).value=e},()=>{let{dragOperation:e}=this.manager;e.status.initialized&&this.forceUpdate()})}forceUpdate(e=!0){U(()=>{e?Oi(this,Gi).value=this.computeCollisions():ki(this,Wi,void 0)})}computeCollisions(e,t){let{registry:n,dragOperation:r}=this.manager,{source:i,shape:a,status:o}=r;if(!o.initialized||!a)return Ui;let s=[],c=[];for(let a of e??n.droppables){if(a.disabled||i&&!a.accepts(i))continue;let e=t??a.collisionDetector;if(!e)continue;c.push(a),a.shape;let n=U(()=>e({droppable:a,dragOperation:r}));n&&(a.collisionPriority!=null&&(n.priority=a.collisionPriority),s.push(n))}return c.length===0?Ui:(s.sort(Hi),s)}get collisions(){return Oi(this,Gi).value}};Wi=new WeakMap,Gi=new WeakMap;var qi,Ji,Yi=[W],Xi,Zi,Qi,$i,ea,ta,na;Ji=[W],qi=[W];var ra=class e{constructor(e,t){J(this,$i,K(Qi,8,this)),K(Qi,11,this),J(this,ea),J(this,ta,K(Qi,12,this)),K(Qi,15,this),J(this,na,K(Qi,16,this)),K(Qi,19,this);let{effects:n,id:r,data:i={},disabled:a=!1,register:o=!0}=e,s=r;ki(this,ea,dn(r)),this.manager=t,this.data=i,this.disabled=a,this.effects=()=>[()=>{let{id:e,manager:t}=this;if(e!==s)return s=e,t?.registry.register(this),()=>t?.registry.unregister(this)},...n?.()??[]],this.register=this.register.bind(this),this.unregister=this.unregister.bind(this),this.destroy=this.destroy.bind(this),t&&o&&queueMicrotask(this.register)}get id(){let t=Oi(this,ea).value;return e.pendingIdChanges?.get(this)??t}set id(t){t!==(e.pendingIdChanges?.get(this)??Oi(this,ea).peek())&&(e.pendingIdChanges||(e.pendingIdChanges=new Map,queueMicrotask(()=>{var t;return Ai(t=e,Xi,Zi).call(t)})),e.pendingIdChanges.set(this,t))}register(){return this.manager?.registry.register(this)}unregister(){var e;(e=this.manager)==null||e.registry.unregister(this)}destroy(){var e;(e=this.manager)==null||e.registry.unregister(this)}};Qi=xi(null),Xi=new WeakSet,Zi=function(){let e=ra.pendingIdChanges;ra.pendingIdChanges=null,e&&V(()=>{for(let[t,n]of e)Oi(t,ea).value=n})},$i=new WeakMap,ea=new WeakMap,ta=new WeakMap,na=new WeakMap,q(Qi,4,`manager`,Yi,ra,$i),q(Qi,4,`data`,Ji,ra,ta),q(Qi,4,`disabled`,qi,ra,na),J(ra,Xi),Ti(Qi,ra),ra.pendingIdChanges=null;var ia=ra,aa=class{constructor(){this.map=dn(new Map),this.cleanupFunctions=new WeakMap,this.register=(e,t)=>{let n=this.map.peek(),r=n.get(e),i=()=>this.unregister(e,t);if(r===t)return i;r&&r.id===e&&(this.cleanupFunctions.get(r)?.(),this.cleanupFunctions.delete(r));let a=new Map(n);for(let[r,i]of n)if(i===t&&r!==e){a.delete(r);break}a.set(e,t),this.map.value=a;let o=Qn(...t.effects());return this.cleanupFunctions.set(t,o),i},this.unregister=(e,t)=>{let n=this.map.peek();if(n.get(e)!==t)return;this.cleanupFunctions.get(t)?.(),this.cleanupFunctions.delete(t);let r=new Map(n);r.delete(e),this.map.value=r}}[Symbol.iterator](){return this.map.peek().values()}get value(){return this.map.value.values()}has(e){return this.map.value.has(e)}get(e){return this.map.value.get(e)}destroy(){for(let e of this)this.cleanupFunctions.get(e)?.(),e.destroy();this.map.value=new Map}},oa,sa,ca,la,ua,da,fa,pa,ma,ha,ga,_a=class extends (fa=ia,da=[W],ua=[W],la=[W],ca=[G],sa=[G],oa=[G],fa){constructor(e,t){var n=e,{modifiers:r,type:i,sensors:a,plugins:o,effects:s}=n,c=bi(n,[`modifiers`,`type`,`sensors`,`plugins`,`effects`]);super(vi(_i({},c),{effects:()=>[...s?.()??[],()=>{let{manager:e,plugins:t}=this;if(e&&t)for(let n of t){let{plugin:t}=Ni(n);e.registry.plugins.register(t)}}]}),t),K(pa,5,this),J(this,ma,K(pa,8,this)),K(pa,11,this),J(this,ha,K(pa,12,this)),K(pa,15,this),J(this,ga,K(pa,16,this,this.isDragSource?`dragging`:`idle`)),K(pa,19,this),this.type=i,this.sensors=a,this.modifiers=r,this.alignment=c.alignment,this.plugins=o}pluginConfig(e){if(this.plugins)for(let t of this.plugins){let n=Ni(t);if(n.plugin===e)return n.options}}get isDropping(){return this.status===`dropping`&&this.isDragSource}get isDragging(){return this.status===`dragging`&&this.isDragSource}get isDragSource(){return this.manager?.dragOperation.source?.id===this.id}};pa=xi(fa),ma=new WeakMap,ha=new WeakMap,ga=new WeakMap,q(pa,4,`type`,da,_a,ma),q(pa,4,`modifiers`,ua,_a,ha),q(pa,4,`status`,la,_a,ga),q(pa,2,`isDropping`,ca,_a),q(pa,2,`isDragging`,sa,_a),q(pa,2,`isDragSource`,oa,_a),Ti(pa,_a);var va,ya,ba,xa,Sa,Ca,wa,Ta,Ea,Da,Oa,ka,Aa,ja=class extends (wa=ia,Ca=[W],Sa=[W],xa=[W],ba=[W],ya=[W],va=[G],wa){constructor(e,t){var n=e,{accept:r,collisionDetector:i,collisionPriority:a,type:o}=n,s=bi(n,[`accept`,`collisionDetector`,`collisionPriority`,`type`]);super(s,t),K(Ta,5,this),J(this,Ea,K(Ta,8,this)),K(Ta,11,this),J(this,Da,K(Ta,12,this)),K(Ta,15,this),J(this,Oa,K(Ta,16,this)),K(Ta,19,this),J(this,ka,K(Ta,20,this)),K(Ta,23,this),J(this,Aa,K(Ta,24,this)),K(Ta,27,this),this.accept=r,this.collisionDetector=i,this.collisionPriority=a,this.type=o}accepts(e){let{accept:t}=this;return t?typeof t==`function`?t(e):e.type?Array.isArray(t)?t.includes(e.type):e.type===t:!1:!0}get isDropTarget(){return this.manager?.dragOperation.target?.id===this.id}};Ta=xi(wa),Ea=new WeakMap,Da=new WeakMap,Oa=new WeakMap,ka=new WeakMap,Aa=new WeakMap,q(Ta,4,`accept`,Ca,ja,Ea),q(Ta,4,`type`,Sa,ja,Da),q(Ta,4,`collisionDetector`,xa,ja,Oa),q(Ta,4,`collisionPriority`,ba,ja,ka),q(Ta,4,`shape`,ya,ja,Aa),q(Ta,2,`isDropTarget`,va,ja),Ti(Ta,ja);var Ma=class{constructor(){this.registry=new Map}addEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));return r.add(t),n.set(e,r),()=>this.removeEventListener(e,t)}removeEventListener(e,t){let{registry:n}=this,r=new Set(n.get(e));r.delete(t),n.set(e,r)}dispatch(e,...t){let{registry:n}=this,r=n.get(e);if(r)for(let e of r)e(...t)}},Na=class extends Ma{constructor(e){super(),this.manager=e}dispatch(e,t){let n=[t,this.manager];super.dispatch(e,...n)}};function Pa(e,t=!0){let n=!1;return vi(_i({},e),{cancelable:t,get defaultPrevented(){return n},preventDefault(){t&&(n=!0)}})}var Fa=class extends zi{constructor(e){super(e);let t=(e,t)=>e.map(({id:e})=>e).join(``)===t.map(({id:e})=>e).join(``),n=[];this.destroy=Qn(()=>{let{dragOperation:t,collisionObserver:r}=e;t.status.initializing&&(n=[],r.enable())},()=>{let{collisionObserver:r,monitor:i}=e,{collisions:a}=r;if(r.isDisabled()||ia.pendingIdChanges)return;let o=Pa({collisions:a});if(i.dispatch(`collision`,o),o.defaultPrevented||t(a,n))return;n=a;let[s]=a;U(()=>{s?.id!==e.dragOperation.target?.id&&(r.disable(),e.actions.setDropTarget(s?.id).then(()=>{r.enable()}))})})}},Ia=(e=>(e[e.Lowest=0]=`Lowest`,e[e.Low=1]=`Low`,e[e.Normal=2]=`Normal`,e[e.High=3]=`High`,e[e.Highest=4]=`Highest`,e))(Ia||{}),La=(e=>(e[e.Collision=0]=`Collision`,e[e.ShapeIntersection=1]=`ShapeIntersection`,e[e.PointerIntersection=2]=`PointerIntersection`,e))(La||{}),Ra,za,Ba,Va,Ha,Ua,Wa=[W],Ga,Ka;Ua=[G],Ha=[G],Va=[G],Ba=[G],za=[G],Ra=[G];var qa=class{constructor(){K(Ga,5,this),J(this,Ka,K(Ga,8,this,`idle`)),K(Ga,11,this)}get current(){return this.value}get idle(){return this.value===`idle`}get initializing(){return this.value===`initializing`}get initialized(){let{value:e}=this;return e!==`idle`&&e!==`initialization-pending`}get dragging(){return this.value===`dragging`}get dropped(){return this.value===`dropped`}set(e){this.value=e}};Ga=xi(null),Ka=new WeakMap,q(Ga,4,`value`,Wa,qa,Ka),q(Ga,2,`current`,Ua,qa),q(Ga,2,`idle`,Ha,qa),q(Ga,2,`initializing`,Va,qa),q(Ga,2,`initialized`,Ba,qa),q(Ga,2,`dragging`,za,qa),q(Ga,2,`dropped`,Ra,qa),Ti(Ga,qa);var Ja=class{constructor(e){this.manager=e}setDragSource(e){let{dragOperation:t}=this.manager;t.sourceIdentifier=typeof e==`string`||typeof e==`number`?e:e.id}setDropTarget(e){return U(()=>{let{dragOperation:t}=this.manager,n=e??null;if(t.targetIdentifier===n)return Promise.resolve(!1);t.targetIdentifier=n;let r=Pa({operation:t.snapshot()});return t.status.dragging&&this.manager.monitor.dispatch(`dragover`,r),this.manager.renderer.rendering.then(()=>r.defaultPrevented)})}start(e){return U(()=>{let{dragOperation:t}=this.manager;if(e.source!=null&&this.setDragSource(e.source),!t.source)throw Error(`Cannot start a drag operation without a drag source`);if(!t.status.idle)throw Error(`Cannot start a drag operation while another is active`);let n=new AbortController,{event:r,coordinates:i}=e;V(()=>{t.status.set(`initialization-pending`),t.shape=null,t.canceled=!1,t.activatorEvent=r??null,t.position.reset(i)});let a=Pa({operation:t.snapshot()});return this.manager.monitor.dispatch(`beforedragstart`,a),a.defaultPrevented?(t.reset(),n.abort(),n):(t.status.set(`initializing`),t.controller=n,this.manager.renderer.rendering.then(()=>{if(n.signal.aborted)return;let{status:e}=t;e.current===`initializing`&&V(()=>{t.status.set(`dragging`),this.manager.monitor.dispatch(`dragstart`,{nativeEvent:r,operation:t.snapshot(),cancelable:!1})})}),n)})}move(e){return U(()=>{let{dragOperation:t}=this.manager,{status:n,controller:r}=t;if(!n.dragging||!r||r.signal.aborted)return;let i=Pa({nativeEvent:e.event,operation:t.snapshot(),by:e.by,to:e.to},e.cancelable??!0);(e.propagate??!0)&&this.manager.monitor.dispatch(`dragmove`,i),queueMicrotask(()=>{if(i.defaultPrevented)return;let n=e.to??{x:t.position.current.x+(e.by?.x??0),y:t.position.current.y+(e.by?.y??0)};t.position.current=n})})}stop(e={}){return U(()=>{let{dragOperation:t}=this.manager,{controller:n}=t;if(!n||n.signal.aborted)return;let r,i=()=>{let e={resume:()=>{},abort:()=>{}};return r=new Promise((t,n)=>{e.resume=t,e.abort=n}),e};n.abort();let a=()=>{this.manager.renderer.rendering.then(()=>{t.status.set(`dropped`);let e=U(()=>t.source?.status===`dropping`),r=()=>{t.controller===n&&(t.controller=void 0),t.reset()};if(e){let{source:e}=t,n=xn(()=>{e?.status===`idle`&&(n(),r())})}else this.manager.renderer.rendering.then(r)})};t.canceled=e.canceled??!1,this.manager.monitor.dispatch(`dragend`,{nativeEvent:e.event,operation:t.snapshot(),canceled:e.canceled??!1,suspend:i}),r?r.then(a).catch(()=>t.reset()):a()})}},Ya=class extends Ri{constructor(e,t){super(e,t),this.manager=e,this.options=t}},Xa=class extends AbortController{constructor(e,t){super(),this.constraints=e,this.onActivate=t,this.activated=!1;for(let t of e??[])t.controller=this}onEvent(e){if(!this.activated){if(this.constraints?.length)for(let t of this.constraints)t.onEvent(e);else this.activate(e)}}activate(e){this.activated||(this.activated=!0,this.onActivate(e))}abort(e){this.activated=!1,super.abort(e)}},Za,Qa=class{constructor(e){this.options=e,J(this,Za)}set controller(e){ki(this,Za,e),e.signal.addEventListener(`abort`,()=>this.abort())}activate(e){var t;(t=Oi(this,Za))==null||t.activate(e)}};Za=new WeakMap;var $a=class extends Ri{constructor(e,t){super(e,t),this.manager=e,this.options=t}apply(e){return e.transform}},eo=class{constructor(e){this.draggables=new aa,this.droppables=new aa,this.plugins=new Vi(e),this.sensors=new Vi(e),this.modifiers=new Vi(e)}register(e,t){if(e instanceof _a)return this.draggables.register(e.id,e);if(e instanceof ja)return this.droppables.register(e.id,e);if(e.prototype instanceof $a)return this.modifiers.register(e,t);if(e.prototype instanceof Ya)return this.sensors.register(e,t);if(e.prototype instanceof Ri)return this.plugins.register(e,t);throw Error(`Invalid instance type`)}unregister(e){if(e instanceof ia)return e instanceof _a?this.draggables.unregister(e.id,e):e instanceof ja?this.droppables.unregister(e.id,e):()=>{};if(e.prototype instanceof $a)return this.modifiers.unregister(e);if(e.prototype instanceof Ya)return this.sensors.unregister(e);if(e.prototype instanceof Ri)return this.plugins.unregister(e);throw Error(`Invalid instance type`)}destroy(){this.draggables.destroy(),this.droppables.destroy(),this.plugins.destroy(),this.sensors.destroy(),this.modifiers.destroy()}},to,no,ro,io,ao,oo,so,co,lo=[G],uo,fo,po,Y,mo,ho,go,_o,vo,yo;co=[W],so=[W],oo=[W],ao=[W],io=[W],ro=[G],no=[G],to=[G];var bo=class{constructor(e){K(Y,5,this),J(this,uo),J(this,fo),J(this,po,new yr(void 0,(e,t)=>e&&t?e.equals(t):e===t)),this.status=new qa,J(this,mo,K(Y,8,this,!1)),K(Y,11,this),J(this,ho,K(Y,12,this,null)),K(Y,15,this),J(this,go,K(Y,16,this,null)),K(Y,19,this),J(this,_o,K(Y,20,this,null)),K(Y,23,this),J(this,vo,K(Y,24,this,[])),K(Y,27,this),this.position=new ni({x:0,y:0}),J(this,yo,{x:0,y:0}),ki(this,uo,e)}get shape(){let{current:e,initial:t,previous:n}=Oi(this,po);return!e||!t?null:{current:e,initial:t,previous:n}}set shape(e){e?Oi(this,po).current=e:Oi(this,po).reset()}get source(){let e=this.sourceIdentifier;if(e==null)return null;let t=Oi(this,uo).registry.draggables.get(e);return t&&ki(this,fo,t),t??Oi(this,fo)??null}get target(){let e=this.targetIdentifier;return e==null?null:Oi(this,uo).registry.droppables.get(e)??null}get transform(){let{x:e,y:t}=this.position.delta,n={x:e,y:t};for(let e of this.modifiers)n=e.apply(vi(_i({},this.snapshot()),{transform:n}));return ki(this,yo,n),n}snapshot(){return U(()=>({source:this.source,target:this.target,activatorEvent:this.activatorEvent,transform:Oi(this,yo),shape:this.shape?br(this.shape):null,position:br(this.position),status:br(this.status),canceled:this.canceled}))}reset(){V(()=>{this.status.set(`idle`),this.sourceIdentifier=null,this.targetIdentifier=null,Oi(this,po).reset(),this.position.reset({x:0,y:0}),ki(this,yo,{x:0,y:0}),this.modifiers=[]})}};Y=xi(null),uo=new WeakMap,fo=new WeakMap,po=new WeakMap,mo=new WeakMap,ho=new WeakMap,go=new WeakMap,_o=new WeakMap,vo=new WeakMap,yo=new WeakMap,q(Y,2,`shape`,lo,bo),q(Y,4,`canceled`,co,bo,mo),q(Y,4,`activatorEvent`,so,bo,ho),q(Y,4,`sourceIdentifier`,oo,bo,go),q(Y,4,`targetIdentifier`,ao,bo,_o),q(Y,4,`modifiers`,io,bo,vo),q(Y,2,`source`,ro,bo),q(Y,2,`target`,no,bo),q(Y,2,`transform`,to,bo),Ti(Y,bo);var xo={get rendering(){return Promise.resolve()}};function So(e,t){return typeof e==`function`?e(t):e??t}var Co=class{constructor(e){this.destroy=()=>{this.dragOperation.status.idle||this.actions.stop({canceled:!0}),this.dragOperation.modifiers.forEach(e=>e.destroy()),this.registry.destroy(),this.collisionObserver.destroy()};let t=e??{},n=So(t.plugins,[]),r=So(t.sensors,[]),i=So(t.modifiers,[]),a=t.renderer??xo,o=new Na(this),s=new eo(this);this.registry=s,this.monitor=o,this.renderer=a,this.actions=new Ja(this),this.dragOperation=new bo(this),this.collisionObserver=new Ki(this),this.plugins=[Fa,...n],this.modifiers=i,this.sensors=r;let{destroy:c}=this,l=Qn(()=>{let e=U(()=>this.dragOperation.modifiers),t=this.modifiers;for(let n of e)t.includes(n)||n.destroy();this.dragOperation.modifiers=(this.dragOperation.source?.modifiers)?.map(e=>{let{plugin:t,options:n}=Ni(e);return new t(this,n)})??t});this.destroy=()=>{l(),c()}}get plugins(){return this.registry.plugins.values}set plugins(e){this.registry.plugins.values=e}get modifiers(){return this.registry.modifiers.values}set modifiers(e){this.registry.modifiers.values=e}get sensors(){return this.registry.sensors.values}set sensors(e){this.registry.sensors.values=e}},wo=e=>{throw TypeError(e)},To=(e,t,n)=>t.has(e)||wo(`Cannot `+n),X=(e,t,n)=>(To(e,t,`read from private field`),t.get(e)),Eo=(e,t,n)=>t.has(e)?wo(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Do=(e,t,n,r)=>(To(e,t,`write to private field`),t.set(e,n),n),Oo=(e,t,n)=>(To(e,t,`access private method`),n);function ko(e){return e?e instanceof KeyframeEffect||`getKeyframes`in e&&typeof e.getKeyframes==`function`:!1}function Ao(e,t){let n=e.getAnimations(),r=null;for(let e of n){if(e.playState!==`running`)continue;let{effect:n}=e,i=(ko(n)?n.getKeyframes():[]).filter(t);i.length>0&&(r=[i[i.length-1],e])}return r}function jo(e){let{width:t,height:n,top:r,left:i,bottom:a,right:o}=e.getBoundingClientRect();return{width:t,height:n,top:r,left:i,bottom:a,right:o}}function Mo(e){let t=Object.prototype.toString.call(e);return t===`[object Window]`||t===`[object global]`}function No(e){return`nodeType`in e}function Po(e){return e?Mo(e)?e:No(e)?`defaultView`in e?e.defaultView??window:e.ownerDocument?.defaultView??window:window:window}function Fo(e){let{Document:t}=Po(e);return e instanceof t||`nodeType`in e&&e.nodeType===Node.DOCUMENT_NODE}function Io(e){return!e||Mo(e)?!1:e instanceof Po(e).HTMLElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`html`)}function Lo(e){return e instanceof Po(e).SVGElement||`namespaceURI`in e&&typeof e.namespaceURI==`string`&&e.namespaceURI.endsWith(`svg`)}function Ro(e){return e?Mo(e)?e.document:No(e)?Fo(e)?e:Io(e)||Lo(e)?e.ownerDocument:document:document:document}function zo(e){let{documentElement:t}=Ro(e),n=Po(e).visualViewport,r=n?.width??t.clientWidth,i=n?.height??t.clientHeight,a=n?.offsetTop??0,o=n?.offsetLeft??0;return{top:a,left:o,right:o+r,bottom:a+i,width:r,height:i}}function Bo(e,t){if(Vo(e)&&e.open===!1)return!1;let{overflow:n,overflowX:r,overflowY:i}=getComputedStyle(e);return n===`visible`&&r===`visible`&&i===`visible`}function Vo(e){return e.tagName===`DETAILS`}function Ho(e,t=e.getBoundingClientRect(),n=0){let r=t,{ownerDocument:i}=e,a=i.defaultView??window,o=e.parentElement;for(;o&&o!==i.documentElement;){if(!Bo(o)){let e=o.getBoundingClientRect(),t=n*(e.bottom-e.top),i=n*(e.right-e.left),a=n*(e.bottom-e.top),s=n*(e.right-e.left);r={top:Math.max(r.top,e.top-t),right:Math.min(r.right,e.right+i),bottom:Math.min(r.bottom,e.bottom+a),left:Math.max(r.left,e.left-s),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top}o=o.parentElement}let s=a.visualViewport,c=s?.offsetTop??0,l=s?.offsetLeft??0,u=s?.width??a.innerWidth,d=s?.height??a.innerHeight,f=n*d,p=n*u;return r={top:Math.max(r.top,c-f),right:Math.min(r.right,l+u+p),bottom:Math.min(r.bottom,c+d+f),left:Math.max(r.left,l-p),width:0,height:0},r.width=r.right-r.left,r.height=r.bottom-r.top,r.width<0&&(r.width=0),r.height<0&&(r.height=0),r}function Uo(e){return{x:e.clientX,y:e.clientY}}var Wo=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0;function Go(e=document,t=new Set){if(t.has(e))return[];t.add(e);let n=[e];for(let r of Array.from(e.querySelectorAll(`iframe, frame`)))try{let e=r.contentDocument;e&&!t.has(e)&&n.push(...Go(e,t))}catch{}try{let r=e.defaultView;if(r&&r!==window.top){let i=r.parent;i&&i.document&&i.document!==e&&n.push(...Go(i.document,t))}}catch{}return n}function Ko(){return/^((?!chrome|android).)*safari/i.test(navigator.userAgent)}function qo(){let e=Ko()?window.visualViewport:null;return{x:e?.offsetLeft??0,y:e?.offsetTop??0}}function Jo(e){return!e||!No(e)?!1:e instanceof Po(e).ShadowRoot}function Yo(e){if(e&&No(e)){let t=e.getRootNode();if(Jo(t)||t instanceof Document)return t}return Ro(e)}function Xo(e){return e.matchMedia(`(prefers-reduced-motion: reduce)`).matches}function Zo(e){let t=`input, textarea, select, canvas, [contenteditable]`,n=e.cloneNode(!0),r=Array.from(e.querySelectorAll(t));return Array.from(n.querySelectorAll(t)).forEach((e,t)=>{let n=r[t];Qo(e)&&Qo(n)&&(e.type!==`file`&&(e.value=n.value),e.type===`radio`&&e.name&&(e.name=`Cloned__${e.name}`)),$o(e)&&$o(n)&&n.width>0&&n.height>0&&e.getContext(`2d`)?.drawImage(n,0,0)}),n}function Qo(e){return`value`in e}function $o(e){return e.tagName===`CANVAS`}function es(e,{x:t,y:n}){let r=e.elementFromPoint(t,n);if(ts(r)){let{contentDocument:e}=r;if(e){let{left:i,top:a}=r.getBoundingClientRect();return es(e,{x:t-i,y:n-a})}}return r}function ts(e){return e?.tagName===`IFRAME`}var ns=new WeakMap;function rs(e){return!!e.closest(`
      input:not([disabled]),
      select:not([disabled]),
      textarea:not([disabled]),
      button:not([disabled]),
      a[href],
      [contenteditable]:not([contenteditable="false"])
    `)}var is=class{constructor(){this.entries=new Set,this.clear=()=>{for(let e of this.entries){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i)}this.entries.clear()}}bind(e,t){let n=Array.isArray(e)?e:[e],r=Array.isArray(t)?t:[t],i=[];for(let e of n)for(let t of r){let{type:n,listener:r,options:a}=t,o=[e,t];e.addEventListener(n,r,a),this.entries.add(o),i.push(o)}let a=this.entries;return function(){for(let e of i){let[t,{type:n,listener:r,options:i}]=e;t.removeEventListener(n,r,i),a.delete(e)}}}};function as(e){let t=e?.ownerDocument.defaultView;if(t&&t.self!==t.parent)return t.frameElement}function os(e){let t=new Set,n=as(e);for(;n;)t.add(n),n=as(n);return t}function ss(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function cs(e,t){let n=()=>performance.now(),r,i;return function(...a){let o=this;i?(r?.(),r=ss(()=>{e.apply(o,a),i=n()},t-(n()-i))):(e.apply(o,a),i=n())}}function ls(e,t){return e===t?!0:!e||!t?!1:e.top==t.top&&e.left==t.left&&e.right==t.right&&e.bottom==t.bottom}function us(e,t=e.getBoundingClientRect()){let{width:n,height:r}=Ho(e,t);return n>0&&r>0}var ds=Wo?ResizeObserver:class{observe(){}unobserve(){}disconnect(){}},fs,ps=class extends ds{constructor(e){super(t=>{X(this,fs)?e(t,this):Do(this,fs,!0)}),Eo(this,fs,!1)}};fs=new WeakMap;var ms=Array.from({length:100},(e,t)=>t/100),hs=75,gs,_s,vs,ys,bs,xs,Ss,Cs,ws,Ts,Es,Ds=class{constructor(e,t,n={debug:!1,skipInitial:!1}){this.element=e,this.callback=t,Eo(this,ws),this.disconnect=()=>{var e,t,n;Do(this,Ss,!0),(e=X(this,vs))==null||e.disconnect(),(t=X(this,ys))==null||t.disconnect(),X(this,bs).disconnect(),(n=X(this,xs))==null||n.remove()},Eo(this,gs,!0),Eo(this,_s),Eo(this,vs),Eo(this,ys),Eo(this,bs),Eo(this,xs),Eo(this,Ss,!1),Eo(this,Cs,cs(()=>{var e;let{element:t}=this;if((e=X(this,ys))==null||e.disconnect(),X(this,Ss)||!X(this,gs)||!t.isConnected)return;let n=t.ownerDocument??document,{innerHeight:r,innerWidth:i}=n.defaultView??window,a=t.getBoundingClientRect(),{top:o,left:s,bottom:c,right:l}=Ho(t,a),u=-Math.floor(o),d=-Math.floor(s),f=`${u}px ${-Math.floor(i-l)}px ${-Math.floor(r-c)}px ${d}px`;this.boundingClientRect=a,Do(this,ys,new IntersectionObserver(e=>{let[n]=e,{intersectionRect:r}=n;(n.intersectionRatio===1?Yr.intersectionRatio(r,Ho(t)):n.intersectionRatio)!==1&&X(this,Cs).call(this)},{threshold:ms,rootMargin:f,root:n})),X(this,ys).observe(t),Oo(this,ws,Ts).call(this)},hs)),this.boundingClientRect=e.getBoundingClientRect(),Do(this,gs,us(e,this.boundingClientRect));let r=!0;this.callback=e=>{r&&(r=!1,n.skipInitial)||t(e)};let i=e.ownerDocument;n?.debug&&(Do(this,xs,document.createElement(`div`)),X(this,xs).style.background=`rgba(0,0,0,0.15)`,X(this,xs).style.position=`fixed`,X(this,xs).style.pointerEvents=`none`,i.body.appendChild(X(this,xs))),Do(this,bs,new IntersectionObserver(t=>{var n,r;let{boundingClientRect:i,isIntersecting:a}=t[t.length-1],{width:o,height:s}=i,c=X(this,gs);Do(this,gs,a),(o||s)&&(c&&!a?((n=X(this,ys))==null||n.disconnect(),this.callback(null),(r=X(this,vs))==null||r.disconnect(),Do(this,vs,void 0),X(this,xs)&&(X(this,xs).style.visibility=`hidden`)):X(this,Cs).call(this),a&&!X(this,vs)&&(Do(this,vs,new ps(X(this,Cs))),X(this,vs).observe(e)))},{threshold:ms,root:i})),X(this,gs)&&!n.skipInitial&&this.callback(this.boundingClientRect),X(this,bs).observe(e)}};gs=new WeakMap,_s=new WeakMap,vs=new WeakMap,ys=new WeakMap,bs=new WeakMap,xs=new WeakMap,Ss=new WeakMap,Cs=new WeakMap,ws=new WeakSet,Ts=function(){X(this,Ss)||(Oo(this,ws,Es).call(this),ls(this.boundingClientRect,X(this,_s))||(this.callback(this.boundingClientRect),Do(this,_s,this.boundingClientRect)))},Es=function(){if(X(this,xs)){let{top:e,left:t,width:n,height:r}=Ho(this.element);X(this,xs).style.overflow=`hidden`,X(this,xs).style.visibility=`visible`,X(this,xs).style.top=`${Math.floor(e)}px`,X(this,xs).style.left=`${Math.floor(t)}px`,X(this,xs).style.width=`${Math.floor(n)}px`,X(this,xs).style.height=`${Math.floor(r)}px`}};var Os=new WeakMap,ks=new WeakMap;function As(e,t){let n=Os.get(e);return n||={disconnect:new Ds(e,t=>{let n=Os.get(e);n&&n.callbacks.forEach(e=>e(t))},{skipInitial:!0}).disconnect,callbacks:new Set},n.callbacks.add(t),Os.set(e,n),()=>{n.callbacks.delete(t),n.callbacks.size===0&&(Os.delete(e),n.disconnect())}}function js(e,t){let n=new Set;for(let r of e){let e=As(r,t);n.add(e)}return()=>n.forEach(e=>e())}function Ms(e,t){let n=e.ownerDocument;if(!ks.has(n)){let e=new AbortController,t=new Set;document.addEventListener(`scroll`,e=>t.forEach(t=>t(e)),{capture:!0,passive:!0,signal:e.signal}),ks.set(n,{disconnect:()=>e.abort(),listeners:t})}let{listeners:r,disconnect:i}=ks.get(n)??{};return!r||!i?()=>{}:(r.add(t),()=>{r.delete(t),r.size===0&&(i(),ks.delete(n))})}var Ns,Ps,Fs,Is,Ls=class{constructor(e,t,n){this.callback=t,Eo(this,Ns),Eo(this,Ps,!1),Eo(this,Fs),Eo(this,Is,cs(e=>{if(!X(this,Ps)&&e.target&&`contains`in e.target&&typeof e.target.contains==`function`){for(let t of X(this,Fs))if(e.target.contains(t)){this.callback(X(this,Ns).boundingClientRect);break}}},hs));let r=os(e),i=js(r,t),a=Ms(e,X(this,Is));Do(this,Fs,r),Do(this,Ns,new Ds(e,t,n)),this.disconnect=()=>{X(this,Ps)||(Do(this,Ps,!0),i(),a(),X(this,Ns).disconnect())}}};Ns=new WeakMap,Ps=new WeakMap,Fs=new WeakMap,Is=new WeakMap;function Rs(e){return`showPopover`in e&&`hidePopover`in e&&typeof e.showPopover==`function`&&typeof e.hidePopover==`function`}function zs(e){try{Rs(e)&&e.isConnected&&e.hasAttribute(`popover`)&&!e.matches(`:popover-open`)&&e.showPopover()}catch{}}function Bs(e){return!Wo||!e?!1:e===Ro(e).scrollingElement}function Vs(e){let t=Po(e),n=Bs(e)?zo(e):jo(e),r=t.visualViewport,i=Bs(e)?{height:r?.height??t.innerHeight,width:r?.width??t.innerWidth}:{height:e.clientHeight,width:e.clientWidth},a={current:{x:e.scrollLeft,y:e.scrollTop},max:{x:e.scrollWidth-i.width,y:e.scrollHeight-i.height}};return{rect:n,position:a,isTop:a.current.y<=0,isLeft:a.current.x<=0,isBottom:a.current.y>=a.max.y,isRight:a.current.x>=a.max.x}}function Hs(e,t){let{isTop:n,isBottom:r,isLeft:i,isRight:a,position:o}=Vs(e),{x:s,y:c}=t??{x:0,y:0},l=!n&&o.current.y+c>0,u=!r&&o.current.y+c<o.max.y,d=!i&&o.current.x+s>0,f=!a&&o.current.x+s<o.max.x;return{top:l,bottom:u,left:d,right:f,x:d||f,y:l||u}}var Us=class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}},Ws=new Us(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),Gs=new Us(e=>setTimeout(e,50)),Ks=new Map,qs=Ks.clear.bind(Ks);function Js(e,t=!1){if(!t)return Ys(e);let n=Ks.get(e);return n||(n=Ys(e),Ks.set(e,n),Gs.schedule(qs),n)}function Ys(e){return Po(e).getComputedStyle(e)}function Xs(e,t=Js(e,!0)){return t.position===`fixed`||t.position===`sticky`}function Zs(e,t=Js(e,!0)){let n=/(auto|scroll|overlay)/;return[`overflow`,`overflowX`,`overflowY`].some(e=>{let r=t[e];return typeof r==`string`&&n.test(r)})}var Qs={excludeElement:!0,escapeShadowDOM:!0};function $s(e,t=Qs){let{limit:n,excludeElement:r,escapeShadowDOM:i}=t,a=new Set;function o(t){if(n!=null&&a.size>=n||!t)return a;if(Fo(t)&&t.scrollingElement!=null&&!a.has(t.scrollingElement))return a.add(t.scrollingElement),a;if(i&&Jo(t))return o(t.host);if(!Io(t))return Lo(t)?o(t.parentElement):a;if(a.has(t))return a;let s=Js(t,!0);if(r&&t===e||Zs(t,s)&&a.add(t),Xs(t,s)){let{scrollingElement:e}=t.ownerDocument;return e&&a.add(e),a}return o(t.parentNode)}return e?o(e):a}function ec(e,t=window.frameElement){let n={x:0,y:0,scaleX:1,scaleY:1};if(!e)return n;let r=as(e);for(;r;){if(r===t)return n;let e=jo(r),{x:i,y:a}=tc(r,e);n.x+=e.left,n.y+=e.top,n.scaleX*=i,n.scaleY*=a,r=as(r)}return n}function tc(e,t=jo(e)){let n=Math.round(t.width),r=Math.round(t.height);if(Io(e))return{x:n/e.offsetWidth,y:r/e.offsetHeight};let i=Js(e,!0);return{x:(parseFloat(i.width)||n)/n,y:(parseFloat(i.height)||r)/r}}function nc(e){if(e===`none`)return null;let t=e.split(` `),n=parseFloat(t[0]),r=parseFloat(t[1]);return isNaN(n)&&isNaN(r)?null:{x:isNaN(n)?r:n,y:isNaN(r)?n:r}}function rc(e){if(e===`none`)return null;let[t,n,r=`0`]=e.split(` `),i={x:parseFloat(t),y:parseFloat(n),z:parseInt(r,10)};return isNaN(i.x)&&isNaN(i.y)?null:{x:isNaN(i.x)?0:i.x,y:isNaN(i.y)?0:i.y,z:isNaN(i.z)?0:i.z}}function ic(e){let{scale:t,transform:n,translate:r}=e,i=nc(t),a=rc(r),o=ac(n);if(!o&&!i&&!a)return null;let s={x:i?.x??1,y:i?.y??1},c={x:a?.x??0,y:a?.y??0},l={x:o?.x??0,y:o?.y??0,scaleX:o?.scaleX??1,scaleY:o?.scaleY??1};return{x:c.x+l.x,y:c.y+l.y,z:a?.z??0,scaleX:s.x*l.scaleX,scaleY:s.y*l.scaleY}}function ac(e){if(e.startsWith(`matrix3d(`)){let t=e.slice(9,-1).split(/, /);return{x:+t[12],y:+t[13],scaleX:+t[0],scaleY:+t[5]}}if(e.startsWith(`matrix(`)){let t=e.slice(7,-1).split(/, /);return{x:+t[4],y:+t[5],scaleX:+t[0],scaleY:+t[3]}}return null}var oc=(e=>(e[e.Idle=0]=`Idle`,e[e.Forward=1]=`Forward`,e[e.Reverse=-1]=`Reverse`,e))(oc||{}),sc={x:.2,y:.2},cc={x:10,y:10};function lc(e,t,n,r=25,i=sc,a=cc){let{x:o,y:s}=t,{rect:c,isTop:l,isBottom:u,isLeft:d,isRight:f}=Vs(e),p=ec(e),m=ic(Js(e,!0)),h=m!==null&&m?.scaleX<0,g=m!==null&&m?.scaleY<0,_=new Yr(c.left*p.scaleX+p.x,c.top*p.scaleY+p.y,c.width*p.scaleX,c.height*p.scaleY),v={x:0,y:0},y={x:0,y:0},b={height:_.height*i.y,width:_.width*i.x};return b.height>0&&(!l||g&&!u)&&s<=_.top+b.height&&n?.y!==1&&o>=_.left-a.x&&o<=_.right+a.x?(v.y=g?1:-1,y.y=r*Math.abs((_.top+b.height-s)/b.height)):b.height>0&&(!u||g&&!l)&&s>=_.bottom-b.height&&n?.y!==-1&&o>=_.left-a.x&&o<=_.right+a.x&&(v.y=g?-1:1,y.y=r*Math.abs((_.bottom-b.height-s)/b.height)),b.width>0&&(!f||h&&!d)&&o>=_.right-b.width&&n?.x!==-1&&s>=_.top-a.y&&s<=_.bottom+a.y?(v.x=h?-1:1,y.x=r*Math.abs((_.right-b.width-o)/b.width)):b.width>0&&(!d||h&&!f)&&o<=_.left+b.width&&n?.x!==1&&s>=_.top-a.y&&s<=_.bottom+a.y&&(v.x=h?1:-1,y.x=r*Math.abs((_.left+b.width-o)/b.width)),{direction:v,speed:y}}function uc(e,{block:t=`nearest`,inline:n=`nearest`}={}){if(!Io(e))return;let r=$s(e),i=[];for(let a of r){if(!Io(a))continue;let{top:r,left:o}=fc(e,a),s=r,c=o;for(let e of i)s-=e.scrollTop,c-=e.scrollLeft;if(t!==`none`){let n=s<a.scrollTop;n!==s+e.offsetHeight>a.scrollTop+a.clientHeight&&(a.scrollTop=t===`center`?s-a.clientHeight/2+e.offsetHeight/2:n?s:s+e.offsetHeight-a.clientHeight)}if(n!==`none`){let t=c<a.scrollLeft;t!==c+e.offsetWidth>a.scrollLeft+a.clientWidth&&(a.scrollLeft=n===`center`?c-a.clientWidth/2+e.offsetWidth/2:t?c:c+e.offsetWidth-a.clientWidth)}i.push(a)}}function dc(e){let t=0,n=0,r=e;for(;r;){t+=r.offsetTop,n+=r.offsetLeft;let e=r.offsetParent;if(!Io(e))break;t+=e.clientTop,n+=e.clientLeft,r=e}return{top:t,left:n}}function fc(e,t){let n=dc(e),r=dc(t);return{top:n.top-r.top-t.clientTop,left:n.left-r.left-t.clientLeft}}function pc(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left+a+(1-r)*parseFloat(n),c=e.top+o+(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width*r:e.width,u=i?e.height*i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function mc(e,t,n){let{scaleX:r,scaleY:i,x:a,y:o}=t,s=e.left-a-(1-r)*parseFloat(n),c=e.top-o-(1-i)*parseFloat(n.slice(n.indexOf(` `)+1)),l=r?e.width/r:e.width,u=i?e.height/i:e.height;return{width:l,height:u,top:c,right:s+l,bottom:c+u,left:s}}function hc({element:e,keyframes:t,options:n}){return e.animate(t,n).finished}function gc(e,t=Js(e).translate,n=!0){if(n){let t=Ao(e,e=>`translate`in e);if(t){let{translate:e=``}=t[0];if(typeof e==`string`){let t=rc(e);if(t)return t}}}if(t){let e=rc(t);if(e)return e}return{x:0,y:0,z:0}}var _c=new Us(e=>setTimeout(e,0)),vc=new Map,yc=vc.clear.bind(vc);function bc(e){let t=e.ownerDocument,n=vc.get(t);if(n)return n;n=t.getAnimations(),vc.set(t,n),_c.schedule(yc);let r=n.filter(t=>ko(t.effect)&&t.effect.target===e);return vc.set(e,r),n}function xc(e,t){let n=bc(e).filter(e=>{if(ko(e.effect)){let{target:n}=e.effect;if((n&&t.isValidTarget?.call(t,n))??!0)return e.effect.getKeyframes().some(e=>{for(let n of t.properties)if(e[n])return!0})}}).map(e=>{let{effect:t,currentTime:n}=e,r=t?.getComputedTiming().duration;if(!(e.pending||e.playState===`finished`)&&typeof r==`number`&&typeof n==`number`&&n<r)return e.currentTime=r,()=>{e.currentTime=n}});if(n.length>0)return()=>n.forEach(e=>e?.())}var Sc=class extends Yr{constructor(e,t={}){let{frameTransform:n=ec(e),ignoreTransforms:r,getBoundingClientRect:i=jo}=t,a=xc(e,{properties:[`transform`,`translate`,`scale`,`width`,`height`],isValidTarget:t=>(t!==e||Ko())&&t.contains(e)}),o=i(e),{top:s,left:c,width:l,height:u}=o,d,f=Js(e),p=ic(f),m={x:p?.scaleX??1,y:p?.scaleY??1},h=Cc(e,f);a?.(),p&&(d=mc(o,p,f.transformOrigin),(r||h)&&(s=d.top,c=d.left,l=d.width,u=d.height));let g={width:d?.width??l,height:d?.height??u};if(h&&!r&&d){let e=pc(d,h,f.transformOrigin);s=e.top,c=e.left,l=e.width,u=e.height,m.x=h.scaleX,m.y=h.scaleY}n&&(r||(c*=n.scaleX,l*=n.scaleX,s*=n.scaleY,u*=n.scaleY),c+=n.x,s+=n.y),super(c,s,l,u),this.scale=m,this.intrinsicWidth=g.width,this.intrinsicHeight=g.height}};function Cc(e,t){let n=e.getAnimations();if(!n.length)return null;let r,i,a,o=!1;for(let e of n){if(e.playState!==`running`)continue;let t=ko(e.effect)?e.effect.getKeyframes():[],n=t[t.length-1];if(!n)continue;let{transform:s,translate:c,scale:l}=n;typeof s==`string`&&s&&(r=s,o=!0),typeof c==`string`&&c&&(i=c,o=!0),typeof l==`string`&&l&&(a=l,o=!0)}return o?ic({transform:r??t.transform,translate:i??t.translate,scale:a??t.scale}):null}function wc(e){return`style`in e&&typeof e.style==`object`&&e.style!==null&&`setProperty`in e.style&&`removeProperty`in e.style&&typeof e.style.setProperty==`function`&&typeof e.style.removeProperty==`function`}var Tc=class{constructor(e){this.element=e,this.initial=new Map}set(e,t=``){let{element:n}=this;if(wc(n))for(let[r,i]of Object.entries(e)){let e=`${t}${r}`;this.initial.has(e)||this.initial.set(e,n.style.getPropertyValue(e)),n.style.setProperty(e,typeof i==`string`?i:`${i}px`)}}remove(e,t=``){let{element:n}=this;if(wc(n))for(let r of e){let e=`${t}${r}`;n.style.removeProperty(e)}}reset(){let{element:e}=this;if(wc(e)){for(let[t,n]of this.initial)e.style.setProperty(t,n);e.getAttribute(`style`)===``&&e.removeAttribute(`style`)}}};function Ec(e){return e?e instanceof Po(e).Element||No(e)&&e.nodeType===Node.ELEMENT_NODE:!1}function Dc(e){if(!e)return!1;let{KeyboardEvent:t}=Po(e.target);return e instanceof t}function Oc(e){if(!e)return!1;let{PointerEvent:t}=Po(e.target);return e instanceof t}function kc(e){if(!Ec(e))return!1;let{tagName:t}=e;return t===`INPUT`||t===`TEXTAREA`||Ac(e)}function Ac(e){return e.hasAttribute(`contenteditable`)&&e.getAttribute(`contenteditable`)!==`false`}var jc={};function Mc(e){let t=jc[e]==null?0:jc[e]+1;return jc[e]=t,`${e}-${t}`}var Nc=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/Jr.distance(t.shape.center,n),type:La.PointerIntersection,priority:Ia.High}:null},Pc=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=Jr.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:La.ShapeIntersection,priority:Ia.Normal}}return null},Fc=e=>Nc(e)??Pc(e),Ic=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?Yr.from(r.current.boundingRectangle).corners:void 0,o=Yr.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+Jr.distance(Jr.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:La.Collision,priority:Ia.Normal}},Lc=Object.create,Rc=Object.defineProperty,zc=Object.defineProperties,Bc=Object.getOwnPropertyDescriptor,Vc=Object.getOwnPropertyDescriptors,Hc=Object.getOwnPropertySymbols,Uc=Object.prototype.hasOwnProperty,Wc=Object.prototype.propertyIsEnumerable,Gc=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Kc=e=>{throw TypeError(e)},qc=(e,t,n)=>t in e?Rc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Jc=(e,t)=>{for(var n in t||={})Uc.call(t,n)&&qc(e,n,t[n]);if(Hc)for(var n of Hc(t))Wc.call(t,n)&&qc(e,n,t[n]);return e},Yc=(e,t)=>zc(e,Vc(t)),Xc=(e,t)=>Rc(e,`name`,{value:t,configurable:!0}),Zc=(e,t)=>{var n={};for(var r in e)Uc.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Hc)for(var r of Hc(e))t.indexOf(r)<0&&Wc.call(e,r)&&(n[r]=e[r]);return n},Qc=e=>[,,,Lc(e?.[Gc(`metadata`)]??null)],$c=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],el=e=>e!==void 0&&typeof e!=`function`?Kc(`Function expected`):e,tl=(e,t,n,r,i)=>({kind:$c[e],name:t,metadata:r,addInitializer:e=>n._?Kc(`Already initialized`):i.push(el(e||null))}),nl=(e,t)=>qc(t,Gc(`metadata`),e[3]),rl=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},il=(e,t,n,r,i,a)=>{var o,s,c,l,u,d=t&7,f=!!(t&8),p=!!(t&16),m=d>3?e.length+1:d?f?1:2:0,h=$c[d+5],g=d>3&&(e[m-1]=[]),_=e[m]||(e[m]=[]),v=d&&(!p&&!f&&(i=i.prototype),d<5&&(d>3||!p)&&Bc(d<4?i:{get[n](){return Z(this,a)},set[n](e){return cl(this,a,e)}},n));d?p&&d<4&&Xc(a,(d>2?`set `:d>1?`get `:``)+n):Xc(i,n);for(var y=r.length-1;y>=0;y--)l=tl(d,n,c={},e[3],_),d&&(l.static=f,l.private=p,u=l.access={has:p?e=>ol(i,e):e=>n in e},d^3&&(u.get=p?e=>(d^1?Z:ll)(e,i,d^4?a:v.get):e=>e[n]),d>2&&(u.set=p?(e,t)=>cl(e,i,t,d^4?a:v.set):(e,t)=>e[n]=t)),s=(0,r[y])(d?d<4?p?a:v[h]:d>4?void 0:{get:v.get,set:v.set}:i,l),c._=1,d^4||s===void 0?el(s)&&(d>4?g.unshift(s):d?p?a=s:v[h]=s:i=s):typeof s!=`object`||!s?Kc(`Object expected`):(el(o=s.get)&&(v.get=o),el(o=s.set)&&(v.set=o),el(o=s.init)&&g.unshift(o));return d||nl(e,i),v&&Rc(i,n,v),p?d^4?a:v:i},al=(e,t,n)=>t.has(e)||Kc(`Cannot `+n),ol=(e,t)=>Object(t)===t?e.has(t):Kc(`Cannot use the "in" operator on this value`),Z=(e,t,n)=>(al(e,t,`read from private field`),n?n.call(e):t.get(e)),sl=(e,t,n)=>t.has(e)?Kc(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),cl=(e,t,n,r)=>(al(e,t,`write to private field`),r?r.call(e,n):t.set(e,n),n),ll=(e,t,n)=>(al(e,t,`access private method`),n),ul={role:`button`,roleDescription:`draggable`},dl=`dnd-kit-description`,fl=`dnd-kit-announcement`,pl={draggable:`To pick up a draggable item, press the space bar. While dragging, use the arrow keys to move the item in a given direction. Press space again to drop the item in its new position, or press escape to cancel.`},ml={dragstart({operation:{source:e}}){if(e)return`Picked up draggable item ${e.id}.`},dragover({operation:{source:e,target:t}}){if(e&&e.id!==t?.id)return t?`Draggable item ${e.id} was moved over droppable target ${t.id}.`:`Draggable item ${e.id} is no longer over a droppable target.`},dragend({operation:{source:e,target:t},canceled:n}){if(e)return n?`Dragging was cancelled. Draggable item ${e.id} was dropped.`:t?`Draggable item ${e.id} was dropped over droppable target ${t.id}`:`Draggable item ${e.id} was dropped.`}};function hl(e){let t=e.tagName.toLowerCase();return[`input`,`select`,`textarea`,`a`,`button`].includes(t)}function gl(e,t){let n=document.createElement(`div`);return n.id=e,n.style.setProperty(`display`,`none`),n.textContent=t,n}function _l(e){let t=document.createElement(`div`);return t.id=e,t.setAttribute(`role`,`status`),t.setAttribute(`aria-live`,`polite`),t.setAttribute(`aria-atomic`,`true`),t.style.setProperty(`position`,`fixed`),t.style.setProperty(`width`,`1px`),t.style.setProperty(`height`,`1px`),t.style.setProperty(`margin`,`-1px`),t.style.setProperty(`border`,`0`),t.style.setProperty(`padding`,`0`),t.style.setProperty(`overflow`,`hidden`),t.style.setProperty(`clip`,`rect(0 0 0 0)`),t.style.setProperty(`clip-path`,`inset(100%)`),t.style.setProperty(`white-space`,`nowrap`),t}var vl=[`dragover`,`dragmove`],yl=class extends Ri{constructor(e,t){super(e);let{id:n,idPrefix:{description:r=dl,announcement:i=fl}={},announcements:a=ml,screenReaderInstructions:o=pl,debounce:s=500}=t??{},c=n?`${r}-${n}`:Mc(r),l=n?`${i}-${n}`:Mc(i),u,d,f,p,m=(e=p)=>{f&&e&&f?.nodeValue!==e&&(f.nodeValue=e)},h=()=>Ws.schedule(m),g=bl(h,s),_=Object.entries(a).map(([e,t])=>this.manager.monitor.addEventListener(e,(n,r)=>{let i=f;if(!i)return;let a=t?.(n,r);a&&i.nodeValue!==a&&(p=a,vl.includes(e)?g():(h(),g.cancel()))})),v=()=>{let e=[];u?.isConnected||(u=gl(c,o.draggable),e.push(u)),d?.isConnected||(d=_l(l),f=document.createTextNode(``),d.appendChild(f),e.push(d)),e.length>0&&document.body.append(...e)},y=new Set;function b(){for(let e of y)e()}this.registerEffect(()=>{y.clear();for(let e of this.manager.registry.draggables.value){let t=e.handle??e.element;if(t){u&&d||y.add(v),hl(t)&&!Ko()||t.hasAttribute(`tabindex`)||y.add(()=>t.setAttribute(`tabindex`,`0`)),!t.hasAttribute(`role`)&&t.tagName.toLowerCase()!==`button`&&y.add(()=>t.setAttribute(`role`,ul.role)),t.hasAttribute(`aria-roledescription`)||y.add(()=>t.setAttribute(`aria-roledescription`,ul.roleDescription)),t.hasAttribute(`aria-describedby`)||y.add(()=>t.setAttribute(`aria-describedby`,c));for(let n of[`aria-pressed`,`aria-grabbed`]){let r=String(e.isDragging);t.getAttribute(n)!==r&&y.add(()=>t.setAttribute(n,r))}let n=String(e.disabled);t.getAttribute(`aria-disabled`)!==n&&y.add(()=>t.setAttribute(`aria-disabled`,n))}}y.size>0&&Ws.schedule(b)}),this.destroy=()=>{super.destroy(),u?.remove(),d?.remove(),_.forEach(e=>e())}}};function bl(e,t){let n,r=()=>{clearTimeout(n),n=setTimeout(e,t)};return r.cancel=()=>clearTimeout(n),r}var xl=new Map,Sl,Cl,wl,Tl,El,Dl,Ol,kl,Al,jl,Ml,Nl,Pl,Fl=class extends (El=zi,Tl=[W],wl=[G],Cl=[G],Sl=[G],El){constructor(e,t){super(e,t),rl(Ol,5,this),sl(this,Al),sl(this,Dl,new Set),sl(this,kl,rl(Ol,8,this,new Set)),rl(Ol,11,this),this.registerEffect(ll(this,Al,jl))}register(e){return Z(this,Dl).add(e),()=>{Z(this,Dl).delete(e)}}addRoot(e){return U(()=>{let t=new Set(this.additionalRoots);t.add(e),this.additionalRoots=t}),()=>{U(()=>{let t=new Set(this.additionalRoots);t.delete(e),this.additionalRoots=t})}}get sourceRoot(){let{source:e}=this.manager.dragOperation;return Yo(e?.element??null)}get targetRoot(){let{target:e}=this.manager.dragOperation;return Yo(e?.element??null)}get roots(){let{status:e}=this.manager.dragOperation;if(e.initializing||e.initialized){let e=[this.sourceRoot,this.targetRoot].filter(e=>e!=null);return new Set([...e,...this.additionalRoots])}return new Set}};Ol=Qc(El),Dl=new WeakMap,kl=new WeakMap,Al=new WeakSet,jl=function(){let{roots:e}=this,t=[];for(let n of e)for(let e of Z(this,Dl))t.push(ll(this,Al,Ml).call(this,n,e));return()=>{for(let e of t)e()}},Ml=function(e,t){let n=xl.get(e);n||(n=new Map,xl.set(e,n));let r=n.get(t);if(!r){let i=Fo(e)?ll(this,Al,Nl).call(this,e,n,t):ll(this,Al,Pl).call(this,e,n,t);if(!i)return()=>{};r=i,n.set(t,r)}r.refCount++;let i=!1;return()=>{i||(i=!0,r.refCount--,r.refCount===0&&r.cleanup())}},Nl=function(e,t,n){let r=e.createElement(`style`),{nonce:i}=this.options??{};i&&r.setAttribute(`nonce`,i),r.textContent=n,e.head.prepend(r);let a=new MutationObserver(t=>{for(let n of t)for(let t of Array.from(n.removedNodes))if(t===r){e.head.prepend(r);return}});return a.observe(e.head,{childList:!0}),{refCount:0,cleanup:()=>{a.disconnect(),r.remove(),t.delete(n),t.size===0&&xl.delete(e)}}},Pl=function(e,t,n){`adoptedStyleSheets`in e&&Array.isArray(e.adoptedStyleSheets);let{CSSStyleSheet:r}=e.ownerDocument.defaultView??{};if(!r)return null;let i=new r;return i.replaceSync(n),e.adoptedStyleSheets.push(i),{refCount:0,cleanup:()=>{if(Jo(e)&&e.host?.isConnected){let t=e.adoptedStyleSheets.indexOf(i);t!==-1&&e.adoptedStyleSheets.splice(t,1)}t.delete(n),t.size===0&&xl.delete(e)}}},il(Ol,4,`additionalRoots`,Tl,Fl,kl),il(Ol,2,`sourceRoot`,wl,Fl),il(Ol,2,`targetRoot`,Cl,Fl),il(Ol,2,`roots`,Sl,Fl),nl(Ol,Fl),Fl.configure=Mi(Fl);var Il=Fl,Ll=class extends Ri{constructor(e,t){super(e,t),this.manager=e;let{cursor:n=`grabbing`}=t??{},r=e.registry.plugins.get(Il)?.register(`* { cursor: ${n} !important; }`);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}}},Rl=`data-dnd-`,zl=`${Rl}dropping`,Bl=`--dnd-`,Vl=`${Rl}dragging`,Hl=`${Rl}placeholder`,Ul=[Vl,Hl,`popover`,`aria-pressed`,`aria-grabbing`],Wl=[`view-transition-name`],Gl=`
  :is(:root,:host) [${Vl}] {
    position: fixed !important;
    pointer-events: none !important;
    touch-action: none;
    z-index: calc(infinity);
    will-change: translate;
    top: var(${Bl}top, 0px) !important;
    left: var(${Bl}left, 0px) !important;
    right: unset !important;
    bottom: unset !important;
    width: var(${Bl}width, auto);
    max-width: var(${Bl}width, auto);
    height: var(${Bl}height, auto);
    max-height: var(${Bl}height, auto);
    transform: var(${Bl}transform, none) !important;
    transition: var(${Bl}transition) !important;
  }

  :is(:root,:host) [${Hl}] {
    transition: none;
  }

  :is(:root,:host) [${Hl}='hidden'] {
    visibility: hidden;
  }

  [${Vl}] * {
    pointer-events: none !important;
  }

  [${Vl}]:not([${zl}]) {
    translate: var(${Bl}translate) !important;
  }

  [${Vl}][style*='${Bl}scale'] {
    scale: var(${Bl}scale) !important;
    transform-origin: var(${Bl}transform-origin) !important;
  }

  @layer dnd-kit {
    :where([${Vl}][popover]) {
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
  [${Vl}]::backdrop, [${Rl}overlay]:not([${Vl}]) {
    display: none;
    visibility: hidden;
  }
`.replace(/\n+/g,` `).replace(/\s+/g,` `).trim();function Kl(e,t=`hidden`){return U(()=>{let{element:n,manager:r}=e;if(!n||!r)return;let i=ql(n,r.registry.droppables),a=[],o=Zo(n),{remove:s}=o;return Jl(i,o,a),Yl(o,t),o.remove=()=>{a.forEach(e=>e()),s.call(o)},o})}function ql(e,t){let n=new Map;for(let r of t)if(r.element&&(e===r.element||e.contains(r.element))){let e=`${Rl}${Mc(`dom-id`)}`;r.element.setAttribute(e,``),n.set(r,e)}return n}function Jl(e,t,n){for(let[r,i]of e){if(!r.element)continue;let e=`[${i}]`,a=t.matches(e)?t:t.querySelector(e);if(r.element.removeAttribute(i),!a)continue;let o=r.element;r.proxy=a,a.removeAttribute(i),ns.set(o,a),n.push(()=>{ns.delete(o),r.proxy=void 0})}}function Yl(e,t=`hidden`){e.setAttribute(`inert`,`true`),e.setAttribute(`tab-index`,`-1`),e.setAttribute(`aria-hidden`,`true`),e.setAttribute(Hl,t)}function Xl(e,t){return e===t||as(e)===as(t)}function Zl(e){let{target:t}=e;`newState`in e&&e.newState===`closed`&&Ec(t)&&t.hasAttribute(`popover`)&&requestAnimationFrame(()=>zs(t))}function Ql(e){return e.tagName===`TR`}function $l(e,t,n){let r=new MutationObserver(r=>{let i=!1;for(let n of r){if(n.target!==e){i=!0;continue}if(n.type!==`attributes`)continue;let r=n.attributeName;if(r.startsWith(`aria-`)||Ul.includes(r))continue;let a=e.getAttribute(r);if(r===`style`){if(wc(e)&&wc(t)){let n=e.style;for(let e of Array.from(t.style))n.getPropertyValue(e)===``&&t.style.removeProperty(e);for(let e of Array.from(n)){if(Wl.includes(e)||e.startsWith(Bl))continue;let r=n.getPropertyValue(e);t.style.setProperty(e,r)}}}else a===null?t.removeAttribute(r):t.setAttribute(r,a)}i&&n&&t.replaceChildren(...e.cloneNode(!0).childNodes)});return r.observe(e,{attributes:!0,subtree:!0,childList:!0}),r}function eu(e,t,n){let r=new MutationObserver(r=>{for(let i of r)if(i.addedNodes.length!==0)for(let r of Array.from(i.addedNodes)){if(r.contains(e)&&e.nextElementSibling!==t){e.insertAdjacentElement(`afterend`,t),zs(n);return}if(r.contains(t)&&t.previousElementSibling!==e){t.insertAdjacentElement(`beforebegin`,e),zs(n);return}}e.isConnected&&t.isConnected&&e.nextElementSibling!==t&&(e.insertAdjacentElement(`afterend`,t),zs(n))});return r.observe(e.ownerDocument.body,{childList:!0,subtree:!0}),r}function tu(e){return new ResizeObserver(()=>{var t;let n=new Sc(e.placeholder,{frameTransform:e.frameTransform,ignoreTransforms:!0}),r=e.transformOrigin??{x:1,y:1},i=(e.width-n.width)*r.x+e.delta.x,a=(e.height-n.height)*r.y+e.delta.y,o=qo();if(e.styles.set({width:n.width-e.widthOffset,height:n.height-e.heightOffset,top:e.top+a+o.y,left:e.left+i+o.x},Bl),(t=e.getElementMutationObserver())==null||t.takeRecords(),Ql(e.element)&&Ql(e.placeholder)){let t=Array.from(e.element.cells),n=Array.from(e.placeholder.cells);e.getSavedCellWidths()||e.setSavedCellWidths(t.map(e=>e.style.width));for(let[e,r]of t.entries()){let t=n[e];r.style.width=`${t.getBoundingClientRect().width}px`}}let s=e.getTranslate()??{x:0,y:0},c=e.left+i+o.x+s.x,l=e.top+a+o.y+s.y,u=n.width-e.widthOffset,d=n.height-e.heightOffset,f=e.frameTransform;e.dragOperation.shape=new Yr(c*f.scaleX+f.x,l*f.scaleY+f.y,u*f.scaleX,d*f.scaleY)})}var nu=250,ru=`ease`;function iu(e){var t;let{animation:n}=e;if(typeof n==`function`){let t=n({source:e.source,element:e.element,feedbackElement:e.feedbackElement,placeholder:e.placeholder,translate:e.translate,moved:e.moved});Promise.resolve(t).then(()=>{e.cleanup(),requestAnimationFrame(e.restoreFocus)});return}let{duration:r=nu,easing:i=ru}=n??{};zs(e.feedbackElement);let[,a]=Ao(e.feedbackElement,e=>`translate`in e)??[];a?.pause();let o=e.placeholder??e.element,s={frameTransform:Xl(e.feedbackElement,o)?null:void 0},c=new Sc(e.feedbackElement,s),l=rc(Js(e.feedbackElement).translate)??e.translate,u=new Sc(o,s),d=Yr.delta(c,u,e.alignment),f={x:l.x-d.x,y:l.y-d.y},p=Math.round(c.intrinsicHeight)===Math.round(u.intrinsicHeight)?{}:{minHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`],maxHeight:[`${c.intrinsicHeight}px`,`${u.intrinsicHeight}px`]},m=Math.round(c.intrinsicWidth)===Math.round(u.intrinsicWidth)?{}:{minWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`],maxWidth:[`${c.intrinsicWidth}px`,`${u.intrinsicWidth}px`]};e.styles.set({transition:e.transition},Bl),e.feedbackElement.setAttribute(zl,``),(t=e.getElementMutationObserver())==null||t.takeRecords(),hc({element:e.feedbackElement,keyframes:Yc(Jc(Jc({},p),m),{translate:[`${l.x}px ${l.y}px 0`,`${f.x}px ${f.y}px 0`]}),options:{duration:Xo(Po(e.feedbackElement))?0:e.moved||e.feedbackElement!==e.element?r:0,easing:i}}).then(()=>{e.feedbackElement.removeAttribute(zl),a?.finish(),e.cleanup(),requestAnimationFrame(e.restoreFocus)})}var au,ou,su,cu,lu,uu,du,fu=class extends (ou=Ri,au=[W],ou){constructor(e,t){super(e,t),sl(this,lu),sl(this,cu,rl(su,8,this)),rl(su,11,this),this.state={initial:{},current:{}};let n=e.registry.plugins.get(Il),r=n?.register(Gl);if(r){let e=this.destroy.bind(this);this.destroy=()=>{r(),e()}}this.registerEffect(ll(this,lu,uu).bind(this,n)),this.registerEffect(ll(this,lu,du))}};su=Qc(ou),cu=new WeakMap,lu=new WeakSet,uu=function(e){let{overlay:t}=this;if(!t||!e)return;let n=Yo(t);if(n)return e.addRoot(n)},du=function(){let{state:e,manager:t,options:n}=this,{dragOperation:r}=t,{position:i,source:a,status:o}=r;if(o.idle){e.current={},e.initial={};return}if(!a)return;let{element:s}=a,c=a.pluginConfig(fu),l=c?.feedback??n?.feedback??`default`,u=typeof l==`function`?l(a,t):l;if(!s||u===`none`||!o.initialized||o.initializing)return;let{initial:d}=e,f=this.overlay??s,p=ec(f),m=ec(s),h=!Xl(s,f),g=new Sc(s,{frameTransform:h?m:null,ignoreTransforms:!h}),_={x:m.scaleX/p.scaleX,y:m.scaleY/p.scaleY},{width:v,height:y,top:b,left:x}=g;h&&(v/=_.x,y/=_.y);let S=new Tc(f),C=Js(s),{transition:w,translate:T,boxSizing:E,paddingBlockStart:D,paddingBlockEnd:O,paddingInlineStart:ee,paddingInlineEnd:te,borderInlineStartWidth:ne,borderInlineEndWidth:re,borderBlockStartWidth:ie,borderBlockEndWidth:ae}=C,k=w.split(`,`).filter(e=>!/^\s*(transform|translate|scale)\b/.test(e)).join(`,`),oe=ic(C),se=C.transform,A=u===`clone`,ce=E===`content-box`,j=ce?parseInt(ee)+parseInt(te)+parseInt(ne)+parseInt(re):0,le=ce?parseInt(D)+parseInt(O)+parseInt(ie)+parseInt(ae):0,ue=u!==`move`&&!this.overlay?Kl(a,A?`clone`:`hidden`):null,de=U(()=>Dc(t.dragOperation.activatorEvent));if(!d.translate){if(this.overlay&&oe)d.translate={x:oe.x,y:oe.y};else if(T!==`none`){let e=rc(T);e&&(d.translate=e)}}if(!d.transformOrigin){let e=U(()=>i.current),t=x+(oe?.x??0),n=b+(oe?.y??0);d.transformOrigin={x:(e.x-t*p.scaleX-p.x)/(v*p.scaleX),y:(e.y-n*p.scaleY-p.y)/(y*p.scaleY)}}let{transformOrigin:fe}=d,pe=b*p.scaleY+p.y,me=x*p.scaleX+p.x;if(!d.coordinates&&(d.coordinates={x:me,y:pe},_.x!==1||_.y!==1)){let{scaleX:e,scaleY:t}=m,{x:n,y:r}=fe;d.coordinates.x+=(v*e-v)*n,d.coordinates.y+=(y*t-y)*r}d.dimensions||={width:v,height:y},d.frameTransform||=p;let he={x:d.coordinates.x-me,y:d.coordinates.y-pe},ge={width:(d.dimensions.width*d.frameTransform.scaleX-v*p.scaleX)*fe.x,height:(d.dimensions.height*d.frameTransform.scaleY-y*p.scaleY)*fe.y},_e={x:he.x/p.scaleX+ge.width,y:he.y/p.scaleY+ge.height},ve={left:x+_e.x,top:b+_e.y};f.setAttribute(Vl,`true`);let ye=U(()=>r.transform),be=d.translate??{x:0,y:0},xe=ye.x*p.scaleX+be.x,Se=ye.y*p.scaleY+be.y,Ce=qo();S.set({width:v-j,height:y-le,top:ve.top+Ce.y,left:ve.left+Ce.x,translate:`${xe}px ${Se}px 0`,transform:this.overlay?`none`:se,transition:k?`${k}, translate 0ms linear`:`translate 0ms linear`,scale:h?`${_.x} ${_.y}`:``,"transform-origin":`${fe.x*100}% ${fe.y*100}%`},Bl),ue&&(s.insertAdjacentElement(`afterend`,ue),n?.rootElement&&(typeof n.rootElement==`function`?n.rootElement(a):n.rootElement).appendChild(s)),Rs(f)&&(f.hasAttribute(`popover`)||f.setAttribute(`popover`,`manual`),zs(f),f.addEventListener(`beforetoggle`,Zl));let we,Te,Ee,De=tu({placeholder:ue,element:s,feedbackElement:f,frameTransform:p,transformOrigin:fe,width:v,height:y,top:b,left:x,widthOffset:j,heightOffset:le,delta:_e,styles:S,dragOperation:r,getTranslate:()=>e.current.translate,getElementMutationObserver:()=>we,getSavedCellWidths:()=>Ee,setSavedCellWidths:e=>{Ee=e}}),Oe=new Sc(f);U(()=>r.shape=Oe);let ke=Po(f),Ae=e=>{this.manager.actions.stop({event:e})},je=Xo(ke);de&&ke.addEventListener(`resize`,Ae),U(()=>a.status)===`idle`&&requestAnimationFrame(()=>a.status=`dragging`),ue&&(De.observe(ue),we=$l(s,ue,A),Te=eu(s,ue,f));let Me=t.dragOperation.source?.id,Ne=()=>{if(!de||Me==null)return;let e=t.registry.draggables.get(Me),n=e?.handle??e?.element;Io(n)&&n.focus()},M=()=>{if(we?.disconnect(),Te?.disconnect(),De.disconnect(),ke.removeEventListener(`resize`,Ae),Rs(f)&&(f.removeEventListener(`beforetoggle`,Zl),f.removeAttribute(`popover`)),f.removeAttribute(Vl),S.reset(),Ee&&Ql(s)){let e=Array.from(s.cells);for(let[t,n]of e.entries())n.style.width=Ee[t]??``}a.status=`idle`;let t=e.current.translate!=null,n=r.status.dragging;ue&&(!n&&t||ue.parentElement!==f.parentElement)&&f.isConnected&&ue.replaceWith(f),ue?.remove()},Pe=n?.dropAnimation,N=this,Fe=Qn(()=>{let{transform:t,status:i}=r;if((t.x||t.y||e.current.translate)&&i.dragging){let i=d.translate??{x:0,y:0},a={x:t.x/p.scaleX+i.x,y:t.y/p.scaleY+i.y},o=e.current.translate,s=U(()=>r.modifiers),c=U(()=>r.shape?.current),l=n?.keyboardTransition,u=de&&!je&&l!==null?`${l?.duration??250}ms ${l?.easing??`cubic-bezier(0.25, 1, 0.5, 1)`}`:`0ms linear`;if(S.set({transition:k?`${k}, translate ${u}`:`translate ${u}`,translate:`${a.x}px ${a.y}px 0`},Bl),we?.takeRecords(),c&&c!==Oe&&o&&!s.length){let e=Jr.delta(a,o);r.shape=Yr.from(c.boundingRectangle).translate(e.x*p.scaleX,e.y*p.scaleY)}else r.shape=new Sc(f);e.current.translate=a}},function(){if(r.status.dropped){this.dispose(),a.status=`dropping`;let n=c?.dropAnimation===void 0?N.dropAnimation===void 0?Pe:N.dropAnimation:c.dropAnimation,r=e.current.translate,i=r!=null;if(!r&&s!==f&&(r={x:0,y:0}),!r||n===null){M();return}t.renderer.rendering.then(()=>{iu({source:a,element:s,feedbackElement:f,placeholder:ue,translate:r,moved:i,transition:w,alignment:a.alignment,styles:S,animation:n??void 0,getElementMutationObserver:()=>we,cleanup:M,restoreFocus:Ne})})}});return()=>{M(),Fe()}},il(su,4,`overlay`,au,fu,cu),nl(su,fu),fu.configure=Mi(fu);var pu=fu,mu=!0,hu=!1,gu,_u,vu=[W],yu=oc.Forward,bu,xu,Su;_u=(gu=[W],oc.Reverse);var Cu=class{constructor(){sl(this,xu,rl(bu,8,this,mu)),rl(bu,11,this),sl(this,Su,rl(bu,12,this,mu)),rl(bu,15,this)}isLocked(e){return e===oc.Idle?!1:e==null?this[oc.Forward]===mu&&this[oc.Reverse]===mu:this[e]===mu}unlock(e){e!==oc.Idle&&(this[e]=hu)}};bu=Qc(null),xu=new WeakMap,Su=new WeakMap,il(bu,4,yu,vu,Cu,xu),il(bu,4,_u,gu,Cu,Su),nl(bu,Cu);var wu=[oc.Forward,oc.Reverse],Tu=class{constructor(){this.x=new Cu,this.y=new Cu}isLocked(){return this.x.isLocked()&&this.y.isLocked()}},Eu=class extends Ri{constructor(e){super(e);let t=dn(new Tu),n=null;this.signal=t,xn(()=>{let{status:r}=e.dragOperation;if(!r.initialized){n=null,t.value=new Tu;return}let{delta:i}=e.dragOperation.position;if(n){let e={x:Du(i.x,n.x),y:Du(i.y,n.y)},r=t.peek();V(()=>{for(let t of ai)for(let n of wu)e[t]===n&&r[t].unlock(n);t.value=r})}n=i})}get current(){return this.signal.peek()}};function Du(e,t){return Math.sign(e-t)}var Ou,ku,Au,ju,Mu,Nu,Pu=class extends (ku=zi,Ou=[W],ku){constructor(e){super(e),sl(this,ju,rl(Au,8,this,!1)),rl(Au,11,this),sl(this,Mu),sl(this,Nu,()=>{if(!Z(this,Mu))return;let{element:e,by:t}=Z(this,Mu);t.y&&(e.scrollTop+=t.y),t.x&&(e.scrollLeft+=t.x)}),this.scroll=(e,t)=>{if(this.disabled)return!1;let n=this.getScrollableElements();if(!n)return cl(this,Mu,void 0),!1;let{position:r}=this.manager.dragOperation,i=r?.current;if(i){let{by:r}=e??{},a=r?{x:Fu(r.x),y:Fu(r.y)}:void 0,o=a?void 0:this.scrollIntentTracker.current;if(o?.isLocked())return!1;for(let e of n){let n=Hs(e,r);if(n.x||n.y){let{speed:n,direction:s}=lc(e,i,a,t?.acceleration,t?.threshold);if(o)for(let e of ai)o[e].isLocked(s[e])&&(n[e]=0,s[e]=0);if(s.x||s.y){let{x:t,y:i}=r??s,a=t*n.x,o=i*n.y;if(a||o){let t=Z(this,Mu)?.by;if(this.autoScrolling&&t&&(t.x&&!a||t.y&&!o))continue;return cl(this,Mu,{element:e,by:{x:a,y:o}}),Ws.schedule(Z(this,Nu)),!0}}}}}return cl(this,Mu,void 0),!1};let t=null,n=null,r=Yn(()=>{let{position:n,source:r}=e.dragOperation;if(!n)return null;let i=es(Yo(r?.element),n.current);return i&&(t=i),i??t}),i=Yn(()=>{let t=r.value,{documentElement:i}=Ro(t);if(!t||t===i){let{target:t}=e.dragOperation,r=t?.element;if(r){let e=$s(r,{excludeElement:!1});return n=e,e}}if(t){let e=$s(t,{excludeElement:!1});return this.autoScrolling&&n&&e.size<n?.size?n:(n=e,e)}return n=null,null},Xn);this.getScrollableElements=()=>i.value,this.scrollIntentTracker=new Eu(e),this.destroy=e.monitor.addEventListener(`dragmove`,t=>{!this.disabled&&!t.defaultPrevented&&Dc(e.dragOperation.activatorEvent)&&t.by&&this.scroll({by:t.by})&&t.preventDefault()})}};Au=Qc(ku),ju=new WeakMap,Mu=new WeakMap,Nu=new WeakMap,il(Au,4,`autoScrolling`,Ou,Pu,ju),nl(Au,Pu);function Fu(e){return e>0?oc.Forward:e<0?oc.Reverse:oc.Idle}var Iu=new class{constructor(e){this.scheduler=e,this.pending=!1,this.tasks=new Set,this.resolvers=new Set,this.flush=()=>{let{tasks:e,resolvers:t}=this;this.pending=!1,this.tasks=new Set,this.resolvers=new Set;for(let t of e)t();for(let e of t)e()}}schedule(e){return this.tasks.add(e),this.pending||(this.pending=!0,this.scheduler(this.flush)),new Promise(e=>this.resolvers.add(e))}}(e=>{typeof requestAnimationFrame==`function`?requestAnimationFrame(e):e()}),Lu=10,Ru=class extends Ri{constructor(e,t){super(e,t);let n=e.registry.plugins.get(Pu);if(!n)throw Error(`AutoScroller plugin depends on Scroller plugin`);this.destroy=xn(()=>{if(this.disabled)return;let{position:t,status:r}=e.dragOperation;if(r.dragging){let e={acceleration:this.options?.acceleration,threshold:typeof this.options?.threshold==`number`?{x:this.options.threshold,y:this.options.threshold}:this.options?.threshold};if(n.scroll(void 0,e)){n.autoScrolling=!0;let t=setInterval(()=>Iu.schedule(()=>n.scroll(void 0,e)),Lu);return()=>{clearInterval(t)}}n.autoScrolling=!1}})}};Ru.configure=Mi(Ru);var zu=Ru,Bu={capture:!0,passive:!0},Vu,Hu=class extends zi{constructor(e){super(e),sl(this,Vu),this.handleScroll=()=>{Z(this,Vu)??cl(this,Vu,setTimeout(()=>{this.manager.collisionObserver.forceUpdate(!1),cl(this,Vu,void 0)},50))};let{dragOperation:t}=this.manager;this.destroy=xn(()=>{if(t.status.dragging){let e=t.source?.element?.ownerDocument??document;return e.addEventListener(`scroll`,this.handleScroll,Bu),()=>{e.removeEventListener(`scroll`,this.handleScroll,Bu)}}})}};Vu=new WeakMap;var Uu=`* { user-select: none !important; -webkit-user-select: none !important; }`,Wu=class extends Ri{constructor(e){super(e),this.manager=e;let t=e.registry.plugins.get(Il)?.register(Uu);if(this.destroy=xn(()=>{let{dragOperation:e}=this.manager;if(e.status.initialized)return Gu(),document.addEventListener(`selectionchange`,Gu,{capture:!0}),()=>{document.removeEventListener(`selectionchange`,Gu,{capture:!0})}}),t){let e=this.destroy.bind(this);this.destroy=()=>{t(),e()}}}};function Gu(){var e;(e=document.getSelection())==null||e.removeAllRanges()}var Ku=Object.freeze({offset:10,keyboardCodes:{start:[`Space`,`Enter`],cancel:[`Escape`],end:[`Space`,`Enter`,`Tab`],up:[`ArrowUp`],down:[`ArrowDown`],left:[`ArrowLeft`],right:[`ArrowRight`]},preventActivation(e,t){let n=t.handle??t.element;return e.target!==n}}),qu,Ju=class extends Ya{constructor(e,t){super(e),this.manager=e,this.options=t,sl(this,qu,[]),this.listeners=new is,this.handleSourceKeyDown=(e,t,n)=>{if(this.disabled||e.defaultPrevented||!Ec(e.target)||t.disabled)return;let{keyboardCodes:r=Ku.keyboardCodes,preventActivation:i=Ku.preventActivation}=n??{};r.start.includes(e.code)&&this.manager.dragOperation.status.idle&&(i?.(e,t)||this.handleStart(e,t,n))}}bind(e,t=this.options){return xn(()=>{let n=e.handle??e.element,r=n=>{Dc(n)&&this.handleSourceKeyDown(n,e,t)};if(n)return n.addEventListener(`keydown`,r),()=>{n.removeEventListener(`keydown`,r)}})}handleStart(e,t,n){let{element:r}=t;if(!r)throw Error(`Source draggable does not have an associated element`);e.preventDefault(),e.stopImmediatePropagation(),uc(r);let{center:i}=new Sc(r);if(this.manager.actions.start({event:e,coordinates:{x:i.x,y:i.y},source:t}).signal.aborted)return this.cleanup();this.sideEffects();let a=Ro(r),o=[this.listeners.bind(a,[{type:`keydown`,listener:e=>this.handleKeyDown(e,t,n),options:{capture:!0}}])];Z(this,qu).push(...o)}handleKeyDown(e,t,n){let{keyboardCodes:r=Ku.keyboardCodes}=n??{};if(Xu(e,[...r.end,...r.cancel])){e.preventDefault();let t=Xu(e,r.cancel);this.handleEnd(e,t)}else Xu(e,r.up)?this.handleMove(`up`,e):Xu(e,r.down)&&this.handleMove(`down`,e),Xu(e,r.left)?this.handleMove(`left`,e):Xu(e,r.right)&&this.handleMove(`right`,e)}handleEnd(e,t){this.manager.actions.stop({event:e,canceled:t}),this.cleanup()}handleMove(e,t){let{shape:n}=this.manager.dragOperation,r=t.shiftKey?5:1,i={x:0,y:0},a=this.options?.offset??Ku.offset;if(typeof a==`number`&&(a={x:a,y:a}),n){switch(e){case`up`:i={x:0,y:-a.y*r};break;case`down`:i={x:0,y:a.y*r};break;case`left`:i={x:-a.x*r,y:0};break;case`right`:i={x:a.x*r,y:0}}(i.x||i.y)&&(t.preventDefault(),this.manager.actions.move({event:t,by:i}))}}sideEffects(){let e=this.manager.registry.plugins.get(zu);e?.disabled===!1&&(e.disable(),Z(this,qu).push(()=>{e.enable()}))}cleanup(){Z(this,qu).forEach(e=>e()),cl(this,qu,[])}destroy(){this.cleanup(),this.listeners.clear()}};qu=new WeakMap,Ju.configure=Mi(Ju),Ju.defaults=Ku;var Yu=Ju;function Xu(e,t){return t.includes(e.code)}var Zu,Qu=class extends Qa{constructor(){super(...arguments),sl(this,Zu)}onEvent(e){switch(e.type){case`pointerdown`:cl(this,Zu,Uo(e));break;case`pointermove`:if(!Z(this,Zu))return;let{x:t,y:n}=Uo(e),r={x:t-Z(this,Zu).x,y:n-Z(this,Zu).y},{tolerance:i}=this.options;if(i&&ri(r,i)){this.abort();return}ri(r,this.options.value)&&this.activate(e);break;case`pointerup`:this.abort()}}abort(){cl(this,Zu,void 0)}};Zu=new WeakMap;var $u,ed,td=class extends Qa{constructor(){super(...arguments),sl(this,$u),sl(this,ed)}onEvent(e){switch(e.type){case`pointerdown`:cl(this,ed,Uo(e)),cl(this,$u,setTimeout(()=>this.activate(e),this.options.value));break;case`pointermove`:if(!Z(this,ed))return;let{x:t,y:n}=Uo(e);ri({x:t-Z(this,ed).x,y:n-Z(this,ed).y},this.options.tolerance)&&this.abort();break;case`pointerup`:this.abort()}}abort(){Z(this,$u)&&(clearTimeout(Z(this,$u)),cl(this,ed,void 0),cl(this,$u,void 0))}};$u=new WeakMap,ed=new WeakMap;var nd=class{};nd.Delay=td,nd.Distance=Qu;var rd=Object.freeze({activationConstraints(e,t){let{pointerType:n,target:r}=e;if(n!==`mouse`||!Ec(r)||t.handle!==r&&!t.handle?.contains(r))return n===`touch`?[new nd.Delay({value:250,tolerance:5})]:kc(r)&&!e.defaultPrevented?[new nd.Delay({value:200,tolerance:0})]:[new nd.Delay({value:200,tolerance:10}),new nd.Distance({value:5})]},preventActivation(e,t){let{target:n}=e;return n===t.element||n===t.handle||!Ec(n)||t.handle?.contains(n)?!1:rs(n)}}),id,ad=class extends Ya{constructor(e,t){super(e),this.manager=e,this.options=t,sl(this,id,new Set),this.listeners=new is,this.latest={event:void 0,coordinates:void 0},this.handleMove=()=>{let{event:e,coordinates:t}=this.latest;e&&t&&this.manager.actions.move({event:e,to:t})},this.handleCancel=this.handleCancel.bind(this),this.handlePointerUp=this.handlePointerUp.bind(this),this.handleKeyDown=this.handleKeyDown.bind(this)}activationConstraints(e,t,n=this.options){let{activationConstraints:r=rd.activationConstraints}=n??{};return typeof r==`function`?r(e,t):r}bind(e,t=this.options){return xn(()=>{let n=new AbortController,{signal:r}=n,i=n=>{Oc(n)&&this.handlePointerDown(n,e,t)},a=[e.handle??e.element];t?.activatorElements&&(a=Array.isArray(t.activatorElements)?t.activatorElements:t.activatorElements(e));for(let e of a)e&&(dd(e.ownerDocument.defaultView),e.addEventListener(`pointerdown`,i,{signal:r}));return()=>n.abort()})}handlePointerDown(e,t,n){if(this.disabled||!e.isPrimary||e.button!==0||!Ec(e.target)||t.disabled||sd(e)||!this.manager.dragOperation.status.idle)return;let{preventActivation:r=rd.preventActivation}=n??{};if(r?.(e,t))return;let{target:i}=e,a=Io(i)&&i.draggable&&i.getAttribute(`draggable`)===`true`,o=ec(t.element),{x:s,y:c}=Uo(e);this.initialCoordinates={x:s*o.scaleX+o.x,y:c*o.scaleY+o.y};let l=this.activationConstraints(e,t,n);e.sensor=this;let u=new Xa(l,e=>this.handleStart(t,e));u.signal.onabort=()=>this.handleCancel(e),u.onEvent(e),this.controller=u;let d=Go(),f=this.listeners.bind(d,[{type:`pointermove`,listener:e=>this.handlePointerMove(e,t)},{type:`pointerup`,listener:this.handlePointerUp,options:{capture:!0}},{type:`pointercancel`,listener:this.handleCancel},{type:`dragstart`,listener:a?this.handleCancel:cd,options:{capture:!0}}]);Z(this,id).add(()=>{f(),this.initialCoordinates=void 0})}handlePointerMove(e,t){var n;if(this.controller?.activated===!1)(n=this.controller)==null||n.onEvent(e);else if(this.manager.dragOperation.status.dragging){let n=Uo(e),r=ec(t.element);n.x=n.x*r.scaleX+r.x,n.y=n.y*r.scaleY+r.y,e.preventDefault(),e.stopPropagation(),this.latest.event=e,this.latest.coordinates=n,Ws.schedule(this.handleMove)}}handlePointerUp(e){let{status:t}=this.manager.dragOperation;if(!t.idle){e.preventDefault(),e.stopPropagation();let n=!t.initialized;this.manager.actions.stop({event:e,canceled:n})}this.cleanup()}handleKeyDown(e){e.key===`Escape`&&(e.preventDefault(),this.handleCancel(e))}handleStart(e,t){let{manager:n,initialCoordinates:r}=this;if(!r||!n.dragOperation.status.idle||t.defaultPrevented)return;if(n.actions.start({coordinates:r,event:t,source:e}).signal.aborted)return this.cleanup();t.preventDefault();let i=Ro(t.target).body;try{i.setPointerCapture(t.pointerId)}catch{this.handleCancel(t);return}let a=Ec(t.target)?[t.target,i]:i,o=this.listeners.bind(a,[{type:`touchmove`,listener:cd,options:{passive:!1}},{type:`click`,listener:cd},{type:`contextmenu`,listener:cd},{type:`keydown`,listener:this.handleKeyDown}]);Z(this,id).add(o)}handleCancel(e){let{dragOperation:t}=this.manager;t.status.initialized&&this.manager.actions.stop({event:e,canceled:!0}),this.cleanup()}cleanup(){let{controller:e}=this;this.controller=void 0,e&&!e.signal.aborted&&e.abort(),this.latest={event:void 0,coordinates:void 0},Z(this,id).forEach(e=>e()),Z(this,id).clear()}destroy(){this.cleanup(),this.listeners.clear()}};id=new WeakMap,ad.configure=Mi(ad),ad.defaults=rd;var od=ad;function sd(e){return`sensor`in e}function cd(e){e.preventDefault()}function ld(){}var ud=new WeakSet;function dd(e){e&&!ud.has(e)&&(e.addEventListener(`touchmove`,ld,{capture:!1,passive:!1}),ud.add(e))}var fd={modifiers:[],plugins:[yl,zu,Ll,pu,Wu],sensors:[od,Yu]},pd=class extends Co{constructor(e={}){let t=So(e.plugins,fd.plugins),n=So(e.sensors,fd.sensors),r=So(e.modifiers,fd.modifiers);super(Yc(Jc({},e),{plugins:[Hu,Pu,Il,...t],sensors:n,modifiers:r}))}},md,hd,gd,_d,vd,yd,bd=class extends (gd=_a,hd=[W],md=[W],gd){constructor(e,t){var n=e,{element:r,effects:i=()=>[],handle:a}=n,o=Zc(n,[`element`,`effects`,`handle`]);super(Jc({effects:()=>[...i(),()=>{let{manager:e}=this;if(!e)return;let t=(this.sensors?.map(Ni)??[...e.sensors]).map(t=>{let n=t instanceof Ya?t:e.registry.register(t.plugin),r=t instanceof Ya?void 0:t.options;return n.bind(this,r)});return function(){t.forEach(e=>e())}}]},o),t),sl(this,vd,rl(_d,8,this)),rl(_d,11,this),sl(this,yd,rl(_d,12,this)),rl(_d,15,this),this.element=r,this.handle=a}};_d=Qc(gd),vd=new WeakMap,yd=new WeakMap,il(_d,4,`handle`,hd,bd,vd),il(_d,4,`element`,md,bd,yd),nl(_d,bd);var xd,Sd,Cd,wd,Td,Ed,Dd,Od,kd,Ad,jd=class extends (Cd=ja,Sd=[W],xd=[W],Cd){constructor(e,t){var n=e,{element:r,effects:i=()=>[]}=n,a=Zc(n,[`element`,`effects`]);let{collisionDetector:o=Fc}=a,s=e=>{let{manager:t,element:n}=this;if(!n||e===null){this.shape=void 0;return}if(!t)return;let r=new Sc(n),i=U(()=>this.shape);return r&&i?.equals(r)?i:(this.shape=r,r)},c=dn(!1);super(Yc(Jc({},a),{collisionDetector:o,effects:()=>[...i(),()=>{let{element:e,manager:t}=this;if(!t)return;let{dragOperation:n}=t,{source:r}=n;c.value=!!(r&&n.status.initialized&&e&&!this.disabled&&this.accepts(r))},()=>{let{element:e}=this;if(c.value&&e){let t=new Ls(e,s);return()=>{t.disconnect(),this.shape=void 0}}},()=>{if(this.manager?.dragOperation.status.initialized)return()=>{this.shape=void 0}}]}),t),sl(this,kd),sl(this,Td,rl(wd,8,this)),rl(wd,11,this),sl(this,Ad,rl(wd,12,this)),rl(wd,15,this),this.element=r,this.refreshShape=()=>s()}set element(e){cl(this,kd,e,Od)}get element(){return this.proxy??Z(this,kd,Dd)}};wd=Qc(Cd),Td=new WeakMap,kd=new WeakSet,Ad=new WeakMap,Ed=il(wd,20,`#element`,Sd,kd,Td),Dd=Ed.get,Od=Ed.set,il(wd,4,`proxy`,xd,jd,Ad),nl(wd,jd);function Md(e){return typeof e==`object`&&!!e&&`current`in e}function Nd(e){if(e!=null)return Md(e)?e.current??void 0:e}var Pd=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0?z.useLayoutEffect:z.useEffect;function Fd(){let e=(0,z.useState)(0)[1];return(0,z.useCallback)(()=>{e(e=>e+1)},[e])}function Id(e,t){let n=(0,z.useRef)(new Map),r=Fd();return Pd(()=>{if(!e)n.current.clear();else return xn(()=>{let i=!1,a=!1;for(let r of n.current){let[o]=r,s=U(()=>r[1]),c=e[o];s!==c&&(i=!0,n.current.set(o,c),a=t?.(o,s,c)??!1)}i&&(a?queueMicrotask(()=>(0,kt.flushSync)(r)):r())})},[e]),(0,z.useMemo)(()=>e&&new Proxy(e,{get(e,t){let r=e[t];return n.current.set(t,r),r}}),[e])}function Ld(e,t){e()}function Rd(e){let t=(0,z.useRef)(e);return Pd(()=>{t.current=e},[e]),t}function Q(e,t,n=z.useEffect,r=Object.is){let i=(0,z.useRef)(e);n(()=>{let n=i.current;r(e,n)||(i.current=e,t(e,n))},[t,e])}function zd(e,t){let n=(0,z.useRef)(Nd(e));Pd(()=>{let r=Nd(e);r!==n.current&&(n.current=r,t(r))})}var Bd=Object.defineProperty,Vd=Object.defineProperties,Hd=Object.getOwnPropertyDescriptors,Ud=Object.getOwnPropertySymbols,Wd=Object.prototype.hasOwnProperty,Gd=Object.prototype.propertyIsEnumerable,Kd=(e,t,n)=>t in e?Bd(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,qd=(e,t)=>{for(var n in t||={})Wd.call(t,n)&&Kd(e,n,t[n]);if(Ud)for(var n of Ud(t))Gd.call(t,n)&&Kd(e,n,t[n]);return e},Jd=(e,t)=>Vd(e,Hd(t)),Yd=(e,t)=>{var n={};for(var r in e)Wd.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Ud)for(var r of Ud(e))t.indexOf(r)<0&&Gd.call(e,r)&&(n[r]=e[r]);return n},Xd=new pd,Zd=(0,z.createContext)(Xd),Qd=(0,z.memo)((0,z.forwardRef)(({children:e},t)=>{let[n,r]=(0,z.useState)(0),i=(0,z.useRef)(null),a=(0,z.useRef)(null),o=(0,z.useMemo)(()=>({renderer:{get rendering(){return i.current??Promise.resolve()}},trackRendering(e){i.current||=new Promise(e=>{a.current=e}),(0,z.startTransition)(()=>{e(),r(e=>e+1)})}}),[]);return Pd(()=>{var e;(e=a.current)==null||e.call(a),i.current=null},[e,n]),(0,z.useImperativeHandle)(t,()=>o),null})),$d=[void 0,Xn];function ef(e){var t=e,{children:n,onCollision:r,onBeforeDragStart:i,onDragStart:a,onDragMove:o,onDragOver:s,onDragEnd:c}=t,l=Yd(t,[`children`,`onCollision`,`onBeforeDragStart`,`onDragStart`,`onDragMove`,`onDragOver`,`onDragEnd`]);let u=(0,z.useRef)(null),{plugins:d,modifiers:f,sensors:p}=l,m=So(d,fd.plugins),h=So(p,fd.sensors),g=So(f,fd.modifiers),_=Rd(i),v=Rd(a),y=Rd(s),b=Rd(o),x=Rd(c),S=Rd(r),C=tf(()=>l.manager??new pd(l));return(0,z.useEffect)(()=>{if(!u.current)throw Error(`Renderer not found`);let{renderer:e,trackRendering:t}=u.current,{monitor:n}=C;C.renderer=e;let r=[n.addEventListener(`beforedragstart`,e=>{let n=_.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragstart`,e=>v.current?.call(v,e,C)),n.addEventListener(`dragover`,e=>{let n=y.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragmove`,e=>{let n=b.current;n&&t(()=>n(e,C))}),n.addEventListener(`dragend`,e=>{let n=x.current;n&&t(()=>n(e,C))}),n.addEventListener(`collision`,e=>S.current?.call(S,e,C))];return()=>r.forEach(e=>e())},[C]),Q(m,()=>C&&(C.plugins=m),...$d),Q(h,()=>C&&(C.sensors=h),...$d),Q(g,()=>C&&(C.modifiers=g),...$d),(0,B.jsxs)(Zd.Provider,{value:C,children:[(0,B.jsx)(Qd,{ref:u,children:n}),n]})}function tf(e){let t=(0,z.useRef)(null);return t.current||=e(),(0,z.useInsertionEffect)(()=>()=>t.current?.destroy(),[]),t.current}function nf(){return(0,z.useContext)(Zd)}function rf(e){let t=nf()??void 0,[n]=(0,z.useState)(()=>e(t));return n.manager!==t&&(n.manager=t),Pd(n.register,[t,n]),n}function af(e){let{disabled:t,data:n,element:r,handle:i,id:a,modifiers:o,sensors:s,plugins:c}=e,l=rf(t=>new bd(Jd(qd({},e),{register:!1,handle:Nd(i),element:Nd(r)}),t)),u=Id(l,of);return Q(a,()=>l.id=a),zd(i,e=>l.handle=e),zd(r,e=>l.element=e),Q(n,()=>n&&(l.data=n)),Q(t,()=>l.disabled=t===!0),Q(s,()=>l.sensors=s),Q(o,()=>l.modifiers=o,void 0,Xn),Q(c,()=>l.plugins=c,void 0,Xn),Q(e.alignment,()=>l.alignment=e.alignment),{draggable:u,get isDragging(){return u.isDragging},get isDropping(){return u.isDropping},get isDragSource(){return u.isDragSource},handleRef:(0,z.useCallback)(e=>{l.handle=e??void 0},[l]),ref:(0,z.useCallback)(e=>{(e||!l.element?.isConnected||l.manager?.dragOperation.status.idle)&&(l.element=e??void 0)},[l])}}function of(e,t,n){return!(e!==`isDragSource`||n||!t)}var sf=Object.create,cf=Object.defineProperty,lf=Object.getOwnPropertyDescriptor,uf=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),df=e=>{throw TypeError(e)},ff=(e,t,n)=>t in e?cf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,pf=e=>[,,,sf(e?.[uf(`metadata`)]??null)],mf=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],hf=e=>e!==void 0&&typeof e!=`function`?df(`Function expected`):e,gf=(e,t,n,r,i)=>({kind:mf[e],name:t,metadata:r,addInitializer:e=>n._?df(`Already initialized`):i.push(hf(e||null))}),_f=(e,t)=>ff(t,uf(`metadata`),e[3]),vf=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)a[i].call(n);return r},yf=(e,t,n,r,i,a)=>{for(var o,s,c,l,u=t&7,d=!1,f=!1,p=2,m=mf[u+5],h=e[p]||(e[p]=[]),g=(i=i.prototype,lf(i,n)),_=r.length-1;_>=0;_--)c=gf(u,n,s={},e[3],h),c.static=d,c.private=f,l=c.access={has:e=>n in e},l.get=e=>e[n],o=(0,r[_])(g[m],c),s._=1,hf(o)&&(g[m]=o);return g&&cf(i,n,g),i},bf=(e,t,n)=>t.has(e)||df(`Cannot `+n),xf=(e,t,n)=>(bf(e,t,`read from private field`),t.get(e)),Sf=(e,t,n)=>t.has(e)?df(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),Cf=(e,t,n,r)=>(bf(e,t,`write to private field`),t.set(e,n),n),wf=class e{constructor(e,t){this.x=e,this.y=t}static delta(t,n){return new e(t.x-n.x,t.y-n.y)}static distance(e,t){return Math.hypot(e.x-t.x,e.y-t.y)}static equals(e,t){return e.x===t.x&&e.y===t.y}static from({x:t,y:n}){return new e(t,n)}},Tf,Ef,Df,Of,kf,Af=class extends (Df=yr,Ef=[G],Tf=[G],Df){constructor(e){let t=wf.from(e);super(t,(e,t)=>wf.equals(e,t)),vf(kf,5,this),Sf(this,Of,0),this.velocity={x:0,y:0}}get delta(){return wf.delta(this.current,this.initial)}get direction(){let{current:e,previous:t}=this;if(!t)return null;let n={x:e.x-t.x,y:e.y-t.y};return!n.x&&!n.y?null:Math.abs(n.x)>Math.abs(n.y)?n.x>0?`right`:`left`:n.y>0?`down`:`up`}get current(){return super.current}set current(e){let{current:t}=this,n=wf.from(e),r={x:n.x-t.x,y:n.y-t.y},i=Date.now(),a=i-xf(this,Of),o=e=>Math.round(e/a*100);V(()=>{Cf(this,Of,i),this.velocity={x:o(r.x),y:o(r.y)},super.current=n})}reset(e=this.defaultValue){super.reset(wf.from(e)),this.velocity={x:0,y:0}}};kf=pf(Df),Of=new WeakMap,yf(kf,2,`delta`,Ef,Af),yf(kf,2,`direction`,Tf,Af),_f(kf,Af);var jf=(e=>(e.Horizontal=`x`,e.Vertical=`y`,e))(jf||{});Object.values(jf);var Mf=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/wf.distance(t.shape.center,n),type:La.PointerIntersection,priority:Ia.High}:null},Nf=({dragOperation:e,droppable:t})=>{let{shape:n}=e;if(!t.shape||!n?.current)return null;let r=n.current.intersectionArea(t.shape);if(r){let{position:i}=e,a=wf.distance(t.shape.center,i.current),o=r/(n.current.area+t.shape.area-r)/a;return{id:t.id,value:o,type:La.ShapeIntersection,priority:Ia.Normal}}return null},Pf=e=>Mf(e)??Nf(e);function Ff(e){let{collisionDetector:t,data:n,disabled:r,element:i,id:a,accept:o,type:s}=e,c=rf(t=>new jd(Jd(qd({},e),{register:!1,element:Nd(i)}),t)),l=Id(c);return Q(a,()=>c.id=a),zd(i,e=>c.element=e),Q(o,()=>c.accept=o,void 0,Xn),Q(t,()=>c.collisionDetector=t??Pf),Q(n,()=>n&&(c.data=n)),Q(r,()=>c.disabled=r===!0),Q(s,()=>c.type=s),{droppable:l,get isDropTarget(){return l.isDropTarget},ref:(0,z.useCallback)(e=>{(e||!c.element?.isConnected||c.manager?.dragOperation.status.idle)&&(c.element=e??void 0)},[c])}}var If=Object.create,Lf=Object.defineProperty,Rf=Object.defineProperties,zf=Object.getOwnPropertyDescriptor,Bf=Object.getOwnPropertyDescriptors,Vf=Object.getOwnPropertySymbols,Hf=Object.prototype.hasOwnProperty,Uf=Object.prototype.propertyIsEnumerable,Wf=(e,t)=>(t=Symbol[e])?t:Symbol.for(`Symbol.`+e),Gf=e=>{throw TypeError(e)},Kf=(e,t,n)=>t in e?Lf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,qf=(e,t)=>{for(var n in t||={})Hf.call(t,n)&&Kf(e,n,t[n]);if(Vf)for(var n of Vf(t))Uf.call(t,n)&&Kf(e,n,t[n]);return e},Jf=(e,t)=>Rf(e,Bf(t)),Yf=(e,t)=>{var n={};for(var r in e)Hf.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Vf)for(var r of Vf(e))t.indexOf(r)<0&&Uf.call(e,r)&&(n[r]=e[r]);return n},Xf=e=>[,,,If(null)],Zf=[`class`,`method`,`getter`,`setter`,`accessor`,`field`,`value`,`get`,`set`],Qf=e=>e!==void 0&&typeof e!=`function`?Gf(`Function expected`):e,$f=(e,t,n,r,i)=>({kind:Zf[e],name:t,metadata:r,addInitializer:e=>n._?Gf(`Already initialized`):i.push(Qf(e||null))}),ep=(e,t)=>Kf(t,Wf(`metadata`),e[3]),tp=(e,t,n,r)=>{for(var i=0,a=e[t>>1],o=a&&a.length;i<o;i++)t&1?a[i].call(n):r=a[i].call(n,r);return r},np=(e,t,n,r,i,a)=>{for(var o,s,c,l,u,d=t&7,f=!1,p=!1,m=e.length+1,h=Zf[d+5],g=e[m-1]=[],_=e[m]||(e[m]=[]),v=(i=i.prototype,zf({get[n](){return ip(this,a)},set[n](e){return op(this,a,e)}},n)),y=r.length-1;y>=0;y--)l=$f(d,n,c={},e[3],_),l.static=f,l.private=p,u=l.access={has:e=>n in e},u.get=e=>e[n],u.set=(e,t)=>e[n]=t,s=(0,r[y])({get:v.get,set:v.set},l),c._=1,s===void 0?Qf(s)&&(v[h]=s):typeof s!=`object`||!s?Gf(`Object expected`):(Qf(o=s.get)&&(v.get=o),Qf(o=s.set)&&(v.set=o),Qf(o=s.init)&&g.unshift(o));return v&&Lf(i,n,v),i},rp=(e,t,n)=>t.has(e)||Gf(`Cannot `+n),ip=(e,t,n)=>(rp(e,t,`read from private field`),t.get(e)),ap=(e,t,n)=>t.has(e)?Gf(`Cannot add the same private member more than once`):t instanceof WeakSet?t.add(e):t.set(e,n),op=(e,t,n,r)=>(rp(e,t,`write to private field`),t.set(e,n),n);function sp(e){return e instanceof Hp||e instanceof Vp}var cp=10,lp=class extends Ri{constructor(e){super(e);let t=xn(()=>{let{dragOperation:t}=e;if(Dc(t.activatorEvent)&&sp(t.source)&&t.status.initialized){let t=e.registry.plugins.get(Pu);if(t)return t.disable(),()=>t.enable()}}),n=e.monitor.addEventListener(`dragmove`,(e,t)=>{queueMicrotask(()=>{if(this.disabled||e.defaultPrevented||!e.nativeEvent)return;let{dragOperation:n}=t;if(!Dc(e.nativeEvent)||!sp(n.source)||!n.shape)return;let{actions:r,collisionObserver:i,registry:a}=t,{by:o}=e;if(!o)return;let s=up(o),{source:c,target:l}=n,{center:u}=n.shape.current,d=[],f=[];V(()=>{for(let e of a.droppables){let{id:t}=e;if(!e.accepts(c)||t===l?.id&&sp(e)||!e.element)continue;let n=e.shape,r=new Sc(e.element,{getBoundingClientRect:e=>Ho(e,void 0,.2)});r.height&&r.width&&(s==`down`&&u.y+cp<r.center.y||s==`up`&&u.y-cp>r.center.y||s==`left`&&u.x-cp>r.center.x||s==`right`&&u.x+cp<r.center.x)&&(d.push(e),e.shape=r,f.push(()=>e.shape=n))}}),e.preventDefault(),i.disable();let p=i.computeCollisions(d,Ic);V(()=>f.forEach(e=>e()));let[m]=p;if(!m)return;let{id:h}=m,{index:g,group:_}=c.sortable;r.setDropTarget(h).then(()=>{let{source:e,target:t,shape:a}=n;if(!e||!sp(e)||!a)return;let{index:o,group:s,target:c}=e.sortable,l=g!==o||_!==s,u=l?c:t?.element;if(!u)return;uc(u);let d=new Sc(u);if(!d)return;let f=Yr.delta(d,Yr.from(a.current.boundingRectangle),e.alignment);r.move({by:f}),l?r.setDropTarget(e.id).then(()=>i.enable()):i.enable()})})});this.destroy=()=>{n(),t()}}};function up(e){let{x:t,y:n}=e;if(t>0)return`right`;if(t<0)return`left`;if(n>0)return`down`;if(n<0)return`up`}var dp=Object.defineProperty,fp=Object.defineProperties,pp=Object.getOwnPropertyDescriptors,mp=Object.getOwnPropertySymbols,hp=Object.prototype.hasOwnProperty,gp=Object.prototype.propertyIsEnumerable,_p=(e,t,n)=>t in e?dp(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,vp=(e,t)=>{for(var n in t||={})hp.call(t,n)&&_p(e,n,t[n]);if(mp)for(var n of mp(t))gp.call(t,n)&&_p(e,n,t[n]);return e},yp=(e,t)=>fp(e,pp(t));function bp(e,t,n){if(t===n)return e;let r=e.slice();return r.splice(n,0,r.splice(t,1)[0]),r}function xp(e){return`initialIndex`in e&&typeof e.initialIndex==`number`&&`index`in e&&typeof e.index==`number`}function Sp(e,t,n){let{source:r,target:i,canceled:a}=t.operation;if(!r||!i||a)return`preventDefault`in t&&t.preventDefault(),e;let o=(e,t)=>e===t||typeof e==`object`&&`id`in e&&e.id===t;if(Array.isArray(e)){let s=e.findIndex(e=>o(e,r.id)),c=e.findIndex(e=>o(e,i.id));if(s===-1||c===-1){if(xp(r)){let i=r.initialIndex,a=r.index;return i===a||i<0||i>=e.length?(`preventDefault`in t&&t.preventDefault(),e):n(e,i,a)}return e}if(!a&&`index`in r&&typeof r.index==`number`){let t=r.index;if(t!==s)return n(e,s,t)}return n(e,s,c)}let s=Object.entries(e),c=-1,l,u=-1,d;for(let[e,t]of s)if(c===-1&&(c=t.findIndex(e=>o(e,r.id)),c!==-1&&(l=e)),u===-1&&(u=t.findIndex(e=>o(e,i.id)),u!==-1&&(d=e)),c!==-1&&u!==-1)break;if(c===-1&&xp(r)){let i=r.initialGroup,a=r.initialIndex,o=r.group,s=r.index;if(i==null||o==null||!(i in e)||!(o in e)||i===o&&a===s)return`preventDefault`in t&&t.preventDefault(),e;if(i===o)return yp(vp({},e),{[i]:n(e[i],a,s)});let c=e[i][a];return yp(vp({},e),{[i]:[...e[i].slice(0,a),...e[i].slice(a+1)],[o]:[...e[o].slice(0,s),c,...e[o].slice(s)]})}if(!r.manager)return e;let{dragOperation:f}=r.manager,p=f.shape?.current.center??f.position.current;if(d==null&&i.id in e){let t=i.shape&&p.y>i.shape.center.y?e[i.id].length:0;d=i.id,u=t}if(l==null||d==null||l===d&&c===u){if(l!=null&&l===d&&c===u&&xp(r)){let t=r.group!=null&&r.group!==l,i=r.index!==c;if(t||i){let t=r.group??l;if(t in e){if(l===t)return yp(vp({},e),{[l]:n(e[l],c,r.index)});let i=e[l][c];return yp(vp({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[t]:[...e[t].slice(0,r.index),i,...e[t].slice(r.index)]})}}}return`preventDefault`in t&&t.preventDefault(),e}if(l===d)return yp(vp({},e),{[l]:n(e[l],c,u)});let m=i.shape&&Math.round(p.y)>Math.round(i.shape.center.y)?1:0,h=e[l][c];return yp(vp({},e),{[l]:[...e[l].slice(0,c),...e[l].slice(c+1)],[d]:[...e[d].slice(0,u+m),h,...e[d].slice(u+m)]})}function Cp(e,t){return Sp(e,t,bp)}var wp=`__default__`,Tp=class extends Ri{constructor(e){super(e);let t=()=>{let t=new Map;for(let n of e.registry.droppables)if(n instanceof Hp){let{sortable:e}=n,{group:r}=e,i=t.get(r);i||(i=new Set,t.set(r,i)),i.add(e)}for(let[e,n]of t)t.set(e,new Set(Op(n)));return t},n=[e.monitor.addEventListener(`dragover`,(e,n)=>{if(this.disabled)return;let{dragOperation:r}=n,{source:i,target:a}=r;if(!sp(i)||!sp(a)||i.sortable===a.sortable)return;let o=t(),s=i.sortable.group===a.sortable.group,c=o.get(i.sortable.group),l=s?c:o.get(a.sortable.group);c&&l&&queueMicrotask(()=>{e.defaultPrevented||n.renderer.rendering.then(()=>{let r=t();for(let[e,t]of o.entries()){let n=Array.from(t).entries();for(let[t,i]of n)if(i.index!==t||i.group!==e||!r.get(e)?.has(i))return}let u=i.sortable.element,d=a.sortable.element;if(!d||!u||!s&&a.id===i.sortable.group)return;let f=Op(c),p=s?f:Op(l),m=i.sortable.group??wp,h=a.sortable.group??wp,g={[m]:f,[h]:p},_=Cp(g,e);if(g===_)return;let v=_[h].indexOf(i.sortable),y=_[h].indexOf(a.sortable);n.collisionObserver.disable(),Ep(u,v,d,y),V(()=>{for(let[e,t]of _[m].entries())t.index=e;if(!s)for(let[e,t]of _[h].entries())t.group=a.sortable.group,t.index=e}),n.actions.setDropTarget(i.id).then(()=>n.collisionObserver.enable())})})}),e.monitor.addEventListener(`dragend`,(e,n)=>{if(!e.canceled)return;let{dragOperation:r}=n,{source:i}=r;sp(i)&&(i.sortable.initialIndex!==i.sortable.index||i.sortable.initialGroup!==i.sortable.group)&&queueMicrotask(()=>{let e=t(),r=e.get(i.sortable.initialGroup);r&&n.renderer.rendering.then(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).entries();for(let[n,r]of e)if(r.index!==n||r.group!==t)return}let t=Op(r),n=i.sortable.element,a=t[i.sortable.initialIndex],o=a?.element;a&&o&&n&&(Ep(n,a.index,o,i.index),V(()=>{for(let[t,n]of e.entries()){let e=Array.from(n).values();for(let t of e)t.index=t.initialIndex,t.group=t.initialGroup}}))})})})];this.destroy=()=>{for(let e of n)e()}}};function Ep(e,t,n,r){let i=r<t?`afterend`:`beforebegin`;n.insertAdjacentElement(i,e)}function Dp(e,t){return e.index-t.index}function Op(e){return Array.from(e).sort(Dp)}var kp=[lp,Tp],Ap={duration:250,easing:`cubic-bezier(0.25, 1, 0.5, 1)`,idle:!1},jp=new Sr,Mp,Np=[W],Pp,Fp,Ip,Lp,Rp,zp;Mp=[W];var Bp=class{constructor(e,t){ap(this,Fp,tp(Pp,8,this)),tp(Pp,11,this),ap(this,Ip),ap(this,Lp),ap(this,Rp,tp(Pp,12,this)),tp(Pp,15,this),ap(this,zp),this.register=()=>(V(()=>{var e,t;(e=this.manager)==null||e.registry.register(this.droppable),(t=this.manager)==null||t.registry.register(this.draggable)}),()=>this.unregister()),this.unregister=()=>{V(()=>{var e,t;(e=this.manager)==null||e.registry.unregister(this.droppable),(t=this.manager)==null||t.registry.unregister(this.draggable)})},this.destroy=()=>{V(()=>{this.droppable.destroy(),this.draggable.destroy()})};var n=e,{effects:r=()=>[],group:i,index:a,sensors:o,type:s,transition:c=Ap,plugins:l}=n,u=Yf(n,[`effects`,`group`,`index`,`sensors`,`type`,`transition`,`plugins`]);let d=So(l,kp);this.droppable=new Hp(u,t,this),this.draggable=new Vp(Jf(qf({},u),{plugins:d,effects:()=>[()=>{let e=this.manager?.dragOperation.status;e?.initializing&&this.id===this.manager?.dragOperation.source?.id&&jp.clear(this.manager),e?.dragging&&jp.set(this.manager,this.id,U(()=>({initialIndex:this.index,initialGroup:this.group})))},()=>{let{index:e,group:t,manager:n}=this,r=ip(this,Lp),i=ip(this,Ip);(e!==r||t!==i)&&(op(this,Lp,e),op(this,Ip,t),this.animate())},()=>{let{target:e}=this,{isDragSource:t}=this.draggable;(this.draggable.pluginConfig(pu)?.feedback??`default`)===`move`&&t&&(this.droppable.disabled=!e)},...r()],type:s,sensors:o}),t,this),op(this,zp,u.element),this.manager=t,this.index=a,op(this,Lp,a),this.group=i,op(this,Ip,i),this.type=s,this.transition=c}get initialIndex(){return jp.get(this.manager,this.id)?.initialIndex??this.index}get initialGroup(){return jp.get(this.manager,this.id)?.initialGroup??this.group}animate(){U(()=>{let{manager:e,transition:t}=this,{shape:n}=this.droppable;if(!e)return;let{idle:r}=e.dragOperation.status;n&&t&&(!r||t.idle)&&e.renderer.rendering.then(()=>{let{element:r}=this;if(!r)return;for(let e of r.getAnimations())`transitionProperty`in e&&(e.transitionProperty===`transform`||e.transitionProperty===`translate`||e.transitionProperty===`scale`)&&e.cancel();let i=this.refreshShape();if(!i)return;let a={x:n.boundingRectangle.left-i.boundingRectangle.left,y:n.boundingRectangle.top-i.boundingRectangle.top},{translate:o}=Js(r),s=gc(r,o,!1),c=gc(r,o);if(a.x||a.y){let n=Xo(Po(r))?Jf(qf({},t),{duration:0}):t;hc({element:r,keyframes:{translate:[`${s.x+a.x}px ${s.y+a.y}px ${s.z}`,`${c.x}px ${c.y}px ${c.z}`]},options:n}).then(()=>{e.dragOperation.status.dragging||(this.droppable.shape=void 0)})}})})}get manager(){return this.draggable.manager}set manager(e){V(()=>{this.draggable.manager=e,this.droppable.manager=e})}set element(e){V(()=>{let t=ip(this,zp),n=this.droppable.element,r=this.draggable.element;n&&n!==t||(this.droppable.element=e),r&&r!==t||(this.draggable.element=e),op(this,zp,e)})}get element(){let e=ip(this,zp);if(e)return ns.get(e)??e??this.droppable.element}set target(e){this.droppable.element=e}get target(){return this.droppable.element}set source(e){this.draggable.element=e}get source(){return this.draggable.element}get disabled(){return this.draggable.disabled&&this.droppable.disabled}set plugins(e){this.draggable.plugins=So(e,kp)}set disabled(e){V(()=>{this.droppable.disabled=e,this.draggable.disabled=e})}set data(e){V(()=>{this.droppable.data=e,this.draggable.data=e})}set handle(e){this.draggable.handle=e}set id(e){this.droppable.id=e,this.draggable.id=e}get id(){return this.droppable.id}set sensors(e){this.draggable.sensors=e}set modifiers(e){this.draggable.modifiers=e}set collisionPriority(e){this.droppable.collisionPriority=e}set collisionDetector(e){this.droppable.collisionDetector=e??Fc}set alignment(e){this.draggable.alignment=e}get alignment(){return this.draggable.alignment}set type(e){V(()=>{this.droppable.type=e,this.draggable.type=e})}get type(){return this.draggable.type}set accept(e){this.droppable.accept=e}get accept(){return this.droppable.accept}get isDropTarget(){return this.droppable.isDropTarget}get isDragSource(){return this.draggable.isDragSource}get isDragging(){return this.draggable.isDragging}get isDropping(){return this.draggable.isDropping}get status(){return this.draggable.status}refreshShape(){return this.droppable.refreshShape()}accepts(e){return this.droppable.accepts(e)}};Pp=Xf(),Fp=new WeakMap,Ip=new WeakMap,Lp=new WeakMap,Rp=new WeakMap,zp=new WeakMap,np(Pp,4,`index`,Np,Bp,Fp),np(Pp,4,`group`,Mp,Bp,Rp),ep(Pp,Bp);var Vp=class extends bd{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get initialIndex(){return this.sortable.initialIndex}get group(){return this.sortable.group}get initialGroup(){return this.sortable.initialGroup}},Hp=class extends jd{constructor(e,t,n){super(e,t),this.sortable=n}get index(){return this.sortable.index}get group(){return this.sortable.group}},Up=Object.defineProperty,Wp=Object.defineProperties,Gp=Object.getOwnPropertyDescriptors,Kp=Object.getOwnPropertySymbols,qp=Object.prototype.hasOwnProperty,Jp=Object.prototype.propertyIsEnumerable,Yp=(e,t,n)=>t in e?Up(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Xp=(e,t)=>{for(var n in t||={})qp.call(t,n)&&Yp(e,n,t[n]);if(Kp)for(var n of Kp(t))Jp.call(t,n)&&Yp(e,n,t[n]);return e},Zp=(e,t)=>Wp(e,Gp(t));function Qp(e){let{accept:t,collisionDetector:n,collisionPriority:r,id:i,data:a,element:o,handle:s,index:c,group:l,disabled:u,modifiers:d,sensors:f,target:p,type:m,plugins:h}=e,g=Xp(Xp({},Ap),e.transition),_=rf(t=>new Bp(Zp(Xp({},e),{transition:g,register:!1,handle:Nd(s),element:Nd(o),target:Nd(p)}),t)),v=Id(_,$p);return Q(i,()=>_.id=i),Pd(()=>{V(()=>{_.group=l,_.index=c})},[_,l,c]),Q(m,()=>_.type=m),Q(t,()=>_.accept=t,void 0,Xn),Q(a,()=>a&&(_.data=a)),Q(c,()=>{_.manager?.dragOperation.status.idle&&g?.idle&&_.refreshShape()},Ld),zd(s,e=>_.handle=e),zd(o,e=>_.element=e),zd(p,e=>_.target=e),Q(u,()=>_.disabled=u===!0),Q(f,()=>_.sensors=f),Q(n,()=>_.collisionDetector=n),Q(r,()=>_.collisionPriority=r),Q(h,()=>_.plugins=h,void 0,Xn),Q(g,()=>_.transition=g,void 0,Xn),Q(d,()=>_.modifiers=d,void 0,Xn),Q(e.alignment,()=>_.alignment=e.alignment),{sortable:v,get isDragging(){return v.isDragging},get isDropping(){return v.isDropping},get isDragSource(){return v.isDragSource},get isDropTarget(){return v.isDropTarget},handleRef:(0,z.useCallback)(e=>{_.handle=e??void 0},[_]),ref:(0,z.useCallback)(e=>{(e||!_.element?.isConnected||_.manager?.dragOperation.status.idle)&&(_.element=e??void 0)},[_]),sourceRef:(0,z.useCallback)(e=>{(e||!_.source?.isConnected||_.manager?.dragOperation.status.idle)&&(_.source=e??void 0)},[_]),targetRef:(0,z.useCallback)(e=>{(e||!_.target?.isConnected||_.manager?.dragOperation.status.idle)&&(_.target=e??void 0)},[_])}}function $p(e,t,n){return!(e!==`isDragSource`||n||!t)}var em=yt(St(((e,t)=>{(function(n){var r;typeof e==`object`?t.exports=n():typeof define==`function`&&define.amd?define(n):(typeof window<`u`?r=window:typeof global<`u`?r=global:typeof self<`u`&&(r=self),r.objectHash=n())})(function(){return function e(t,n,r){function i(o,s){if(!n[o]){if(!t[o]){var c=typeof bt==`function`&&bt;if(!s&&c)return c(o,!0);if(a)return a(o,!0);throw Error(`Cannot find module '`+o+`'`)}s=n[o]={exports:{}},t[o][0].call(s.exports,function(e){var n=t[o][1][e];return i(n||e)},s,s.exports,e,t,n,r)}return n[o].exports}for(var a=typeof bt==`function`&&bt,o=0;o<r.length;o++)i(r[o]);return i}({1:[function(e,t,n){(function(r,i,a,o,s,c,l,u,d){var f=e(`crypto`);function p(e,t){t=g(e,t);var n;return(n=t.algorithm===`passthrough`?new y:f.createHash(t.algorithm)).write===void 0&&(n.write=n.update,n.end=n.update),v(t,n).dispatch(e),n.update||n.end(``),n.digest?n.digest(t.encoding===`buffer`?void 0:t.encoding):(e=n.read(),t.encoding===`buffer`?e:e.toString(t.encoding))}(n=t.exports=p).sha1=function(e){return p(e)},n.keys=function(e){return p(e,{excludeValues:!0,algorithm:`sha1`,encoding:`hex`})},n.MD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`})},n.keysMD5=function(e){return p(e,{algorithm:`md5`,encoding:`hex`,excludeValues:!0})};var m=f.getHashes?f.getHashes().slice():[`sha1`,`md5`],h=(m.push(`passthrough`),[`buffer`,`hex`,`binary`,`base64`]);function g(e,t){var n={};if(n.algorithm=(t||={}).algorithm||`sha1`,n.encoding=t.encoding||`hex`,n.excludeValues=!!t.excludeValues,n.algorithm=n.algorithm.toLowerCase(),n.encoding=n.encoding.toLowerCase(),n.ignoreUnknown=!0===t.ignoreUnknown,n.respectType=!1!==t.respectType,n.respectFunctionNames=!1!==t.respectFunctionNames,n.respectFunctionProperties=!1!==t.respectFunctionProperties,n.unorderedArrays=!0===t.unorderedArrays,n.unorderedSets=!1!==t.unorderedSets,n.unorderedObjects=!1!==t.unorderedObjects,n.replacer=t.replacer||void 0,n.excludeKeys=t.excludeKeys||void 0,e===void 0)throw Error(`Object argument required.`);for(var r=0;r<m.length;++r)m[r].toLowerCase()===n.algorithm.toLowerCase()&&(n.algorithm=m[r]);if(m.indexOf(n.algorithm)===-1)throw Error(`Algorithm "`+n.algorithm+`"  not supported. supported values: `+m.join(`, `));if(h.indexOf(n.encoding)===-1&&n.algorithm!==`passthrough`)throw Error(`Encoding "`+n.encoding+`"  not supported. supported values: `+h.join(`, `));return n}function _(e){if(typeof e==`function`)return/^function\s+\w*\s*\(\s*\)\s*{\s+\[native code\]\s+}$/i.exec(Function.prototype.toString.call(e))!=null}function v(e,t,n){n||=[];function r(e){return t.update?t.update(e,`utf8`):t.write(e,`utf8`)}return{dispatch:function(t){return this[`_`+((t=e.replacer?e.replacer(t):t)===null?`null`:typeof t)](t)},_object:function(t){var i,o=Object.prototype.toString.call(t),s=/\[object (.*)\]/i.exec(o);if(s=(s=s?s[1]:`unknown:[`+o+`]`).toLowerCase(),0<=(o=n.indexOf(t)))return this.dispatch(`[CIRCULAR:`+o+`]`);if(n.push(t),a!==void 0&&a.isBuffer&&a.isBuffer(t))return r(`buffer:`),r(t);if(s===`object`||s===`function`||s===`asyncfunction`)return o=Object.keys(t),e.unorderedObjects&&(o=o.sort()),!1===e.respectType||_(t)||o.splice(0,0,`prototype`,`__proto__`,`constructor`),e.excludeKeys&&(o=o.filter(function(t){return!e.excludeKeys(t)})),r(`object:`+o.length+`:`),i=this,o.forEach(function(n){i.dispatch(n),r(`:`),e.excludeValues||i.dispatch(t[n]),r(`,`)});if(!this[`_`+s]){if(e.ignoreUnknown)return r(`[`+s+`]`);throw Error(`Unknown object type "`+s+`"`)}this[`_`+s](t)},_array:function(t,i){i=i===void 0?!1!==e.unorderedArrays:i;var a=this;if(r(`array:`+t.length+`:`),!i||t.length<=1)return t.forEach(function(e){return a.dispatch(e)});var o=[],i=t.map(function(t){var r=new y,i=n.slice();return v(e,r,i).dispatch(t),o=o.concat(i.slice(n.length)),r.read().toString()});return n=n.concat(o),i.sort(),this._array(i,!1)},_date:function(e){return r(`date:`+e.toJSON())},_symbol:function(e){return r(`symbol:`+e.toString())},_error:function(e){return r(`error:`+e.toString())},_boolean:function(e){return r(`bool:`+e.toString())},_string:function(e){r(`string:`+e.length+`:`),r(e.toString())},_function:function(t){r(`fn:`),_(t)?this.dispatch(`[native]`):this.dispatch(t.toString()),!1!==e.respectFunctionNames&&this.dispatch(`function-name:`+String(t.name)),e.respectFunctionProperties&&this._object(t)},_number:function(e){return r(`number:`+e.toString())},_xml:function(e){return r(`xml:`+e.toString())},_null:function(){return r(`Null`)},_undefined:function(){return r(`Undefined`)},_regexp:function(e){return r(`regex:`+e.toString())},_uint8array:function(e){return r(`uint8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint8clampedarray:function(e){return r(`uint8clampedarray:`),this.dispatch(Array.prototype.slice.call(e))},_int8array:function(e){return r(`int8array:`),this.dispatch(Array.prototype.slice.call(e))},_uint16array:function(e){return r(`uint16array:`),this.dispatch(Array.prototype.slice.call(e))},_int16array:function(e){return r(`int16array:`),this.dispatch(Array.prototype.slice.call(e))},_uint32array:function(e){return r(`uint32array:`),this.dispatch(Array.prototype.slice.call(e))},_int32array:function(e){return r(`int32array:`),this.dispatch(Array.prototype.slice.call(e))},_float32array:function(e){return r(`float32array:`),this.dispatch(Array.prototype.slice.call(e))},_float64array:function(e){return r(`float64array:`),this.dispatch(Array.prototype.slice.call(e))},_arraybuffer:function(e){return r(`arraybuffer:`),this.dispatch(new Uint8Array(e))},_url:function(e){return r(`url:`+e.toString())},_map:function(t){return r(`map:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_set:function(t){return r(`set:`),t=Array.from(t),this._array(t,!1!==e.unorderedSets)},_file:function(e){return r(`file:`),this.dispatch([e.name,e.size,e.type,e.lastModfied])},_blob:function(){if(e.ignoreUnknown)return r(`[blob]`);throw Error(`Hashing Blob objects is currently not supported
(see https://github.com/puleos/object-hash/issues/26)
Use "options.replacer" or "options.ignoreUnknown"
`)},_domwindow:function(){return r(`domwindow`)},_bigint:function(e){return r(`bigint:`+e.toString())},_process:function(){return r(`process`)},_timer:function(){return r(`timer`)},_pipe:function(){return r(`pipe`)},_tcp:function(){return r(`tcp`)},_udp:function(){return r(`udp`)},_tty:function(){return r(`tty`)},_statwatcher:function(){return r(`statwatcher`)},_securecontext:function(){return r(`securecontext`)},_connection:function(){return r(`connection`)},_zlib:function(){return r(`zlib`)},_context:function(){return r(`context`)},_nodescript:function(){return r(`nodescript`)},_httpparser:function(){return r(`httpparser`)},_dataview:function(){return r(`dataview`)},_signal:function(){return r(`signal`)},_fsevent:function(){return r(`fsevent`)},_tlswrap:function(){return r(`tlswrap`)}}}function y(){return{buf:``,write:function(e){this.buf+=e},end:function(e){this.buf+=e},read:function(){return this.buf}}}n.writeToStream=function(e,t,n){return n===void 0&&(n=t,t={}),v(t=g(e,t),n).dispatch(e)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/fake_9a5aa49d.js`,`/`)},{buffer:3,crypto:5,lYpoI2:11}],2:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){(function(e){var t=typeof Uint8Array<`u`?Uint8Array:Array,n=43,r=47,i=48,a=97,o=65,s=45,c=95;function l(e){return e=e.charCodeAt(0),e===n||e===s?62:e===r||e===c?63:e<i?-1:e<i+10?e-i+26+26:e<o+26?e-o:e<a+26?e-a+26:void 0}e.toByteArray=function(e){var n,r;if(0<e.length%4)throw Error(`Invalid string. Length must be a multiple of 4`);var i=e.length,i=e.charAt(i-2)===`=`?2:+(e.charAt(i-1)===`=`),a=new t(3*e.length/4-i),o=0<i?e.length-4:e.length,s=0;function c(e){a[s++]=e}for(n=0;n<o;n+=4)c((16711680&(r=l(e.charAt(n))<<18|l(e.charAt(n+1))<<12|l(e.charAt(n+2))<<6|l(e.charAt(n+3))))>>16),c((65280&r)>>8),c(255&r);return i==2?c(255&(r=l(e.charAt(n))<<2|l(e.charAt(n+1))>>4)):i==1&&(c((r=l(e.charAt(n))<<10|l(e.charAt(n+1))<<4|l(e.charAt(n+2))>>2)>>8&255),c(255&r)),a},e.fromByteArray=function(e){var t,n,r,i,a=e.length%3,o=``;function s(e){return`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`.charAt(e)}for(t=0,r=e.length-a;t<r;t+=3)n=(e[t]<<16)+(e[t+1]<<8)+e[t+2],o+=s((i=n)>>18&63)+s(i>>12&63)+s(i>>6&63)+s(63&i);switch(a){case 1:o=(o+=s((n=e[e.length-1])>>2))+s(n<<4&63)+`==`;break;case 2:o=(o=(o+=s((n=(e[e.length-2]<<8)+e[e.length-1])>>10))+s(n>>4&63))+s(n<<2&63)+`=`}return o}})(n===void 0?this.base64js={}:n)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/base64-js/lib/b64.js`,`/node_modules/gulp-browserify/node_modules/base64-js/lib`)},{buffer:3,lYpoI2:11}],3:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var d=e(`base64-js`),f=e(`ieee754`);function i(e,t,n){if(!(this instanceof i))return new i(e,t,n);var r,a,o,s,c=typeof e;if(t===`base64`&&c==`string`)for(e=(s=e).trim?s.trim():s.replace(/^\s+|\s+$/g,``);e.length%4!=0;)e+=`=`;if(c==`number`)r=te(e);else if(c==`string`)r=i.byteLength(e,t);else{if(c!=`object`)throw Error(`First argument needs to be a number, array or string.`);r=te(e.length)}if(i._useTypedArrays?a=i._augment(new Uint8Array(r)):((a=this).length=r,a._isBuffer=!0),i._useTypedArrays&&typeof e.byteLength==`number`)a._set(e);else if(ne(s=e)||i.isBuffer(s)||s&&typeof s==`object`&&typeof s.length==`number`)for(o=0;o<r;o++)i.isBuffer(e)?a[o]=e.readUInt8(o):a[o]=e[o];else if(c==`string`)a.write(e,0,t);else if(c==`number`&&!i._useTypedArrays&&!n)for(o=0;o<r;o++)a[o]=0;return a}function p(e,t,n,r){return i._charsWritten=k(function(e){for(var t=[],n=0;n<e.length;n++)t.push(255&e.charCodeAt(n));return t}(t),e,n,r)}function m(e,t,n,r){return i._charsWritten=k(function(e){for(var t,n,r=[],i=0;i<e.length;i++)n=e.charCodeAt(i),t=n>>8,n%=256,r.push(n),r.push(t);return r}(t),e,n,r)}function h(e,t,n){var r=``;n=Math.min(e.length,n);for(var i=t;i<n;i++)r+=String.fromCharCode(e[i]);return r}function g(e,t,n,r){r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t!=null,`missing offset`),j(t+1<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(i=e[t],t+1<r&&(i|=e[t+1]<<8)):(i=e[t]<<8,t+1<r&&(i|=e[t+1])),i}function _(e,t,n,r){r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t!=null,`missing offset`),j(t+3<e.length,`Trying to read beyond buffer length`));var i,r=e.length;if(!(r<=t))return n?(t+2<r&&(i=e[t+2]<<16),t+1<r&&(i|=e[t+1]<<8),i|=e[t],t+3<r&&(i+=e[t+3]<<24>>>0)):(t+1<r&&(i=e[t+1]<<16),t+2<r&&(i|=e[t+2]<<8),t+3<r&&(i|=e[t+3]),i+=e[t]<<24>>>0),i}function v(e,t,n,r){if(r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t!=null,`missing offset`),j(t+1<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=g(e,t,n,!0),32768&r?-1*(65535-r+1):r}function y(e,t,n,r){if(r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t!=null,`missing offset`),j(t+3<e.length,`Trying to read beyond buffer length`)),!(e.length<=t))return r=_(e,t,n,!0),2147483648&r?-1*(4294967295-r+1):r}function b(e,t,n,r){return r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t+3<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,23,4)}function x(e,t,n,r){return r||(j(typeof n==`boolean`,`missing or invalid endian`),j(t+7<e.length,`Trying to read beyond buffer length`)),f.read(e,t,n,52,8)}function S(e,t,n,r,i){if(i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+1<e.length,`trying to write beyond buffer length`),se(t,65535)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,2);a<o;a++)e[n+a]=(t&255<<8*(r?a:1-a))>>>8*(r?a:1-a)}function C(e,t,n,r,i){if(i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+3<e.length,`trying to write beyond buffer length`),se(t,4294967295)),i=e.length,!(i<=n))for(var a=0,o=Math.min(i-n,4);a<o;a++)e[n+a]=t>>>8*(r?a:3-a)&255}function w(e,t,n,r,i){i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+1<e.length,`Trying to write beyond buffer length`),A(t,32767,-32768)),e.length<=n||S(e,0<=t?t:65535+t+1,n,r,i)}function T(e,t,n,r,i){i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+3<e.length,`Trying to write beyond buffer length`),A(t,2147483647,-2147483648)),e.length<=n||C(e,0<=t?t:4294967295+t+1,n,r,i)}function E(e,t,n,r,i){i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+3<e.length,`Trying to write beyond buffer length`),ce(t,34028234663852886e22,-34028234663852886e22)),e.length<=n||f.write(e,t,n,r,23,4)}function D(e,t,n,r,i){i||(j(t!=null,`missing value`),j(typeof r==`boolean`,`missing or invalid endian`),j(n!=null,`missing offset`),j(n+7<e.length,`Trying to write beyond buffer length`),ce(t,17976931348623157e292,-17976931348623157e292)),e.length<=n||f.write(e,t,n,r,52,8)}n.Buffer=i,n.SlowBuffer=i,n.INSPECT_MAX_BYTES=50,i.poolSize=8192,i._useTypedArrays=function(){try{var e=new Uint8Array(new ArrayBuffer(0));return e.foo=function(){return 42},e.foo()===42&&typeof e.subarray==`function`}catch{return!1}}(),i.isEncoding=function(e){switch(String(e).toLowerCase()){case`hex`:case`utf8`:case`utf-8`:case`ascii`:case`binary`:case`base64`:case`raw`:case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:return!0;default:return!1}},i.isBuffer=function(e){return!(e==null||!e._isBuffer)},i.byteLength=function(e,t){var n;switch(e+=``,t||`utf8`){case`hex`:n=e.length/2;break;case`utf8`:case`utf-8`:n=ie(e).length;break;case`ascii`:case`binary`:case`raw`:n=e.length;break;case`base64`:n=ae(e).length;break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:n=2*e.length;break;default:throw Error(`Unknown encoding`)}return n},i.concat=function(e,t){if(j(ne(e),`Usage: Buffer.concat(list, [totalLength])
list should be an Array.`),e.length===0)return new i(0);if(e.length===1)return e[0];if(typeof t!=`number`)for(a=t=0;a<e.length;a++)t+=e[a].length;for(var n=new i(t),r=0,a=0;a<e.length;a++){var o=e[a];o.copy(n,r),r+=o.length}return n},i.prototype.write=function(e,t,n,r){isFinite(t)?isFinite(n)||(r=n,n=void 0):(l=r,r=t,t=n,n=l),t=Number(t)||0;var a,o,s,c,l=this.length-t;switch((!n||l<(n=Number(n)))&&(n=l),r=String(r||`utf8`).toLowerCase()){case`hex`:a=function(e,t,n,r){n=Number(n)||0;var a=e.length-n;(!r||a<(r=Number(r)))&&(r=a),j((a=t.length)%2==0,`Invalid hex string`),a/2<r&&(r=a/2);for(var o=0;o<r;o++){var s=parseInt(t.substr(2*o,2),16);j(!isNaN(s),`Invalid hex string`),e[n+o]=s}return i._charsWritten=2*o,o}(this,e,t,n);break;case`utf8`:case`utf-8`:o=this,s=t,c=n,a=i._charsWritten=k(ie(e),o,s,c);break;case`ascii`:case`binary`:a=p(this,e,t,n);break;case`base64`:o=this,s=t,c=n,a=i._charsWritten=k(ae(e),o,s,c);break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:a=m(this,e,t,n);break;default:throw Error(`Unknown encoding`)}return a},i.prototype.toString=function(e,t,n){var r,i,a,o,s=this;if(e=String(e||`utf8`).toLowerCase(),t=Number(t)||0,(n=n===void 0?s.length:Number(n))===t)return``;switch(e){case`hex`:r=function(e,t,n){var r=e.length;(!t||t<0)&&(t=0),(!n||n<0||r<n)&&(n=r);for(var i=``,a=t;a<n;a++)i+=re(e[a]);return i}(s,t,n);break;case`utf8`:case`utf-8`:r=function(e,t,n){var r=``,i=``;n=Math.min(e.length,n);for(var a=t;a<n;a++)e[a]<=127?(r+=oe(i)+String.fromCharCode(e[a]),i=``):i+=`%`+e[a].toString(16);return r+oe(i)}(s,t,n);break;case`ascii`:case`binary`:r=h(s,t,n);break;case`base64`:i=s,o=n,r=(a=t)===0&&o===i.length?d.fromByteArray(i):d.fromByteArray(i.slice(a,o));break;case`ucs2`:case`ucs-2`:case`utf16le`:case`utf-16le`:r=function(e,t,n){for(var r=e.slice(t,n),i=``,a=0;a<r.length;a+=2)i+=String.fromCharCode(r[a]+256*r[a+1]);return i}(s,t,n);break;default:throw Error(`Unknown encoding`)}return r},i.prototype.toJSON=function(){return{type:`Buffer`,data:Array.prototype.slice.call(this._arr||this,0)}},i.prototype.copy=function(e,t,n,r){if(t||=0,(r=r||r===0?r:this.length)!==(n||=0)&&e.length!==0&&this.length!==0){j(n<=r,`sourceEnd < sourceStart`),j(0<=t&&t<e.length,`targetStart out of bounds`),j(0<=n&&n<this.length,`sourceStart out of bounds`),j(0<=r&&r<=this.length,`sourceEnd out of bounds`),r>this.length&&(r=this.length);var a=(r=e.length-t<r-n?e.length-t+n:r)-n;if(a<100||!i._useTypedArrays)for(var o=0;o<a;o++)e[o+t]=this[o+n];else e._set(this.subarray(n,n+a),t)}},i.prototype.slice=function(e,t){var n=this.length;if(e=ee(e,n,0),t=ee(t,n,n),i._useTypedArrays)return i._augment(this.subarray(e,t));for(var r=t-e,a=new i(r,void 0,!0),o=0;o<r;o++)a[o]=this[o+e];return a},i.prototype.get=function(e){return console.log(`.get() is deprecated. Access using array indexes instead.`),this.readUInt8(e)},i.prototype.set=function(e,t){return console.log(`.set() is deprecated. Access using array indexes instead.`),this.writeUInt8(e,t)},i.prototype.readUInt8=function(e,t){if(t||(j(e!=null,`missing offset`),j(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return this[e]},i.prototype.readUInt16LE=function(e,t){return g(this,e,!0,t)},i.prototype.readUInt16BE=function(e,t){return g(this,e,!1,t)},i.prototype.readUInt32LE=function(e,t){return _(this,e,!0,t)},i.prototype.readUInt32BE=function(e,t){return _(this,e,!1,t)},i.prototype.readInt8=function(e,t){if(t||(j(e!=null,`missing offset`),j(e<this.length,`Trying to read beyond buffer length`)),!(e>=this.length))return 128&this[e]?-1*(255-this[e]+1):this[e]},i.prototype.readInt16LE=function(e,t){return v(this,e,!0,t)},i.prototype.readInt16BE=function(e,t){return v(this,e,!1,t)},i.prototype.readInt32LE=function(e,t){return y(this,e,!0,t)},i.prototype.readInt32BE=function(e,t){return y(this,e,!1,t)},i.prototype.readFloatLE=function(e,t){return b(this,e,!0,t)},i.prototype.readFloatBE=function(e,t){return b(this,e,!1,t)},i.prototype.readDoubleLE=function(e,t){return x(this,e,!0,t)},i.prototype.readDoubleBE=function(e,t){return x(this,e,!1,t)},i.prototype.writeUInt8=function(e,t,n){n||(j(e!=null,`missing value`),j(t!=null,`missing offset`),j(t<this.length,`trying to write beyond buffer length`),se(e,255)),t>=this.length||(this[t]=e)},i.prototype.writeUInt16LE=function(e,t,n){S(this,e,t,!0,n)},i.prototype.writeUInt16BE=function(e,t,n){S(this,e,t,!1,n)},i.prototype.writeUInt32LE=function(e,t,n){C(this,e,t,!0,n)},i.prototype.writeUInt32BE=function(e,t,n){C(this,e,t,!1,n)},i.prototype.writeInt8=function(e,t,n){n||(j(e!=null,`missing value`),j(t!=null,`missing offset`),j(t<this.length,`Trying to write beyond buffer length`),A(e,127,-128)),t>=this.length||(0<=e?this.writeUInt8(e,t,n):this.writeUInt8(255+e+1,t,n))},i.prototype.writeInt16LE=function(e,t,n){w(this,e,t,!0,n)},i.prototype.writeInt16BE=function(e,t,n){w(this,e,t,!1,n)},i.prototype.writeInt32LE=function(e,t,n){T(this,e,t,!0,n)},i.prototype.writeInt32BE=function(e,t,n){T(this,e,t,!1,n)},i.prototype.writeFloatLE=function(e,t,n){E(this,e,t,!0,n)},i.prototype.writeFloatBE=function(e,t,n){E(this,e,t,!1,n)},i.prototype.writeDoubleLE=function(e,t,n){D(this,e,t,!0,n)},i.prototype.writeDoubleBE=function(e,t,n){D(this,e,t,!1,n)},i.prototype.fill=function(e,t,n){if(t||=0,n||=this.length,j(typeof(e=typeof(e||=0)==`string`?e.charCodeAt(0):e)==`number`&&!isNaN(e),`value is not a number`),j(t<=n,`end < start`),n!==t&&this.length!==0){j(0<=t&&t<this.length,`start out of bounds`),j(0<=n&&n<=this.length,`end out of bounds`);for(var r=t;r<n;r++)this[r]=e}},i.prototype.inspect=function(){for(var e=[],t=this.length,r=0;r<t;r++)if(e[r]=re(this[r]),r===n.INSPECT_MAX_BYTES){e[r+1]=`...`;break}return`<Buffer `+e.join(` `)+`>`},i.prototype.toArrayBuffer=function(){if(typeof Uint8Array>`u`)throw Error(`Buffer.toArrayBuffer not supported in this browser`);if(i._useTypedArrays)return new i(this).buffer;for(var e=new Uint8Array(this.length),t=0,n=e.length;t<n;t+=1)e[t]=this[t];return e.buffer};var O=i.prototype;function ee(e,t,n){return typeof e==`number`?t<=(e=~~e)?t:0<=e||0<=(e+=t)?e:0:n}function te(e){return(e=~~Math.ceil(+e))<0?0:e}function ne(e){return(Array.isArray||function(e){return Object.prototype.toString.call(e)===`[object Array]`})(e)}function re(e){return e<16?`0`+e.toString(16):e.toString(16)}function ie(e){for(var t=[],n=0;n<e.length;n++){var r=e.charCodeAt(n);if(r<=127)t.push(e.charCodeAt(n));else for(var i=n,a=(55296<=r&&r<=57343&&n++,encodeURIComponent(e.slice(i,n+1)).substr(1).split(`%`)),o=0;o<a.length;o++)t.push(parseInt(a[o],16))}return t}function ae(e){return d.toByteArray(e)}function k(e,t,n,r){for(var i=0;i<r&&!(i+n>=t.length||i>=e.length);i++)t[i+n]=e[i];return i}function oe(e){try{return decodeURIComponent(e)}catch{return`�`}}function se(e,t){j(typeof e==`number`,`cannot write a non-number as a number`),j(0<=e,`specified a negative value for writing an unsigned value`),j(e<=t,`value is larger than maximum value for type`),j(Math.floor(e)===e,`value has a fractional component`)}function A(e,t,n){j(typeof e==`number`,`cannot write a non-number as a number`),j(e<=t,`value larger than maximum allowed value`),j(n<=e,`value smaller than minimum allowed value`),j(Math.floor(e)===e,`value has a fractional component`)}function ce(e,t,n){j(typeof e==`number`,`cannot write a non-number as a number`),j(e<=t,`value larger than maximum allowed value`),j(n<=e,`value smaller than minimum allowed value`)}function j(e,t){if(!e)throw Error(t||`Failed assertion`)}i._augment=function(e){return e._isBuffer=!0,e._get=e.get,e._set=e.set,e.get=O.get,e.set=O.set,e.write=O.write,e.toString=O.toString,e.toLocaleString=O.toString,e.toJSON=O.toJSON,e.copy=O.copy,e.slice=O.slice,e.readUInt8=O.readUInt8,e.readUInt16LE=O.readUInt16LE,e.readUInt16BE=O.readUInt16BE,e.readUInt32LE=O.readUInt32LE,e.readUInt32BE=O.readUInt32BE,e.readInt8=O.readInt8,e.readInt16LE=O.readInt16LE,e.readInt16BE=O.readInt16BE,e.readInt32LE=O.readInt32LE,e.readInt32BE=O.readInt32BE,e.readFloatLE=O.readFloatLE,e.readFloatBE=O.readFloatBE,e.readDoubleLE=O.readDoubleLE,e.readDoubleBE=O.readDoubleBE,e.writeUInt8=O.writeUInt8,e.writeUInt16LE=O.writeUInt16LE,e.writeUInt16BE=O.writeUInt16BE,e.writeUInt32LE=O.writeUInt32LE,e.writeUInt32BE=O.writeUInt32BE,e.writeInt8=O.writeInt8,e.writeInt16LE=O.writeInt16LE,e.writeInt16BE=O.writeInt16BE,e.writeInt32LE=O.writeInt32LE,e.writeInt32BE=O.writeInt32BE,e.writeFloatLE=O.writeFloatLE,e.writeFloatBE=O.writeFloatBE,e.writeDoubleLE=O.writeDoubleLE,e.writeDoubleBE=O.writeDoubleBE,e.fill=O.fill,e.inspect=O.inspect,e.toArrayBuffer=O.toArrayBuffer,e}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/buffer/index.js`,`/node_modules/gulp-browserify/node_modules/buffer`)},{"base64-js":2,buffer:3,ieee754:10,lYpoI2:11}],4:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=4,f=new i(d);f.fill(0),t.exports={hash:function(e,t,n,r){for(var a=t(function(e,t){e.length%d!=0&&(n=e.length+(d-e.length%d),e=i.concat([e,f],n));for(var n,r=[],a=t?e.readInt32BE:e.readInt32LE,o=0;o<e.length;o+=d)r.push(a.call(e,o));return r}(e=i.isBuffer(e)?e:new i(e),r),8*e.length),t=r,o=new i(n),s=t?o.writeInt32BE:o.writeInt32LE,c=0;c<a.length;c++)s.call(o,a[c],4*c,!0);return o}}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/helpers.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],5:[function(e,t,n){(function(t,r,i,a,o,s,c,l,u){var i=e(`buffer`).Buffer,d=e(`./sha`),f=e(`./sha256`),p=e(`./rng`),m={sha1:d,sha256:f,md5:e(`./md5`)},h=64,g=new i(h);function _(e,t){var n=m[e||=`sha1`],r=[];return n||v(`algorithm:`,e,`is not yet supported`),{update:function(e){return i.isBuffer(e)||(e=new i(e)),r.push(e),e.length,this},digest:function(e){var a=i.concat(r),a=t?function(e,t,n){i.isBuffer(t)||(t=new i(t)),i.isBuffer(n)||(n=new i(n)),t.length>h?t=e(t):t.length<h&&(t=i.concat([t,g],h));for(var r=new i(h),a=new i(h),o=0;o<h;o++)r[o]=54^t[o],a[o]=92^t[o];return n=e(i.concat([r,n])),e(i.concat([a,n]))}(n,t,a):n(a);return r=null,e?a.toString(e):a}}}function v(){var e=[].slice.call(arguments).join(` `);throw Error([e,`we accept pull requests`,`http://github.com/dominictarr/crypto-browserify`].join(`
`))}g.fill(0),n.createHash=function(e){return _(e)},n.createHmac=_,n.randomBytes=function(e,t){if(!t||!t.call)return new i(p(e));try{t.call(this,void 0,new i(p(e)))}catch(e){t(e)}};var y,b=[`createCredentials`,`createCipher`,`createCipheriv`,`createDecipher`,`createDecipheriv`,`createSign`,`createVerify`,`createDiffieHellman`,`pbkdf2`],x=function(e){n[e]=function(){v(`sorry,`,e,`is not implemented yet`)}};for(y in b)x(b[y],y)}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/index.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./md5":6,"./rng":7,"./sha":8,"./sha256":9,buffer:3,lYpoI2:11}],6:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<t%32,e[14+(t+64>>>9<<4)]=t;for(var n=1732584193,r=-271733879,i=-1732584194,a=271733878,o=0;o<e.length;o+=16){var s=n,c=r,l=i,u=a,n=m(n,r,i,a,e[o+0],7,-680876936),a=m(a,n,r,i,e[o+1],12,-389564586),i=m(i,a,n,r,e[o+2],17,606105819),r=m(r,i,a,n,e[o+3],22,-1044525330);n=m(n,r,i,a,e[o+4],7,-176418897),a=m(a,n,r,i,e[o+5],12,1200080426),i=m(i,a,n,r,e[o+6],17,-1473231341),r=m(r,i,a,n,e[o+7],22,-45705983),n=m(n,r,i,a,e[o+8],7,1770035416),a=m(a,n,r,i,e[o+9],12,-1958414417),i=m(i,a,n,r,e[o+10],17,-42063),r=m(r,i,a,n,e[o+11],22,-1990404162),n=m(n,r,i,a,e[o+12],7,1804603682),a=m(a,n,r,i,e[o+13],12,-40341101),i=m(i,a,n,r,e[o+14],17,-1502002290),n=h(n,r=m(r,i,a,n,e[o+15],22,1236535329),i,a,e[o+1],5,-165796510),a=h(a,n,r,i,e[o+6],9,-1069501632),i=h(i,a,n,r,e[o+11],14,643717713),r=h(r,i,a,n,e[o+0],20,-373897302),n=h(n,r,i,a,e[o+5],5,-701558691),a=h(a,n,r,i,e[o+10],9,38016083),i=h(i,a,n,r,e[o+15],14,-660478335),r=h(r,i,a,n,e[o+4],20,-405537848),n=h(n,r,i,a,e[o+9],5,568446438),a=h(a,n,r,i,e[o+14],9,-1019803690),i=h(i,a,n,r,e[o+3],14,-187363961),r=h(r,i,a,n,e[o+8],20,1163531501),n=h(n,r,i,a,e[o+13],5,-1444681467),a=h(a,n,r,i,e[o+2],9,-51403784),i=h(i,a,n,r,e[o+7],14,1735328473),n=g(n,r=h(r,i,a,n,e[o+12],20,-1926607734),i,a,e[o+5],4,-378558),a=g(a,n,r,i,e[o+8],11,-2022574463),i=g(i,a,n,r,e[o+11],16,1839030562),r=g(r,i,a,n,e[o+14],23,-35309556),n=g(n,r,i,a,e[o+1],4,-1530992060),a=g(a,n,r,i,e[o+4],11,1272893353),i=g(i,a,n,r,e[o+7],16,-155497632),r=g(r,i,a,n,e[o+10],23,-1094730640),n=g(n,r,i,a,e[o+13],4,681279174),a=g(a,n,r,i,e[o+0],11,-358537222),i=g(i,a,n,r,e[o+3],16,-722521979),r=g(r,i,a,n,e[o+6],23,76029189),n=g(n,r,i,a,e[o+9],4,-640364487),a=g(a,n,r,i,e[o+12],11,-421815835),i=g(i,a,n,r,e[o+15],16,530742520),n=_(n,r=g(r,i,a,n,e[o+2],23,-995338651),i,a,e[o+0],6,-198630844),a=_(a,n,r,i,e[o+7],10,1126891415),i=_(i,a,n,r,e[o+14],15,-1416354905),r=_(r,i,a,n,e[o+5],21,-57434055),n=_(n,r,i,a,e[o+12],6,1700485571),a=_(a,n,r,i,e[o+3],10,-1894986606),i=_(i,a,n,r,e[o+10],15,-1051523),r=_(r,i,a,n,e[o+1],21,-2054922799),n=_(n,r,i,a,e[o+8],6,1873313359),a=_(a,n,r,i,e[o+15],10,-30611744),i=_(i,a,n,r,e[o+6],15,-1560198380),r=_(r,i,a,n,e[o+13],21,1309151649),n=_(n,r,i,a,e[o+4],6,-145523070),a=_(a,n,r,i,e[o+11],10,-1120210379),i=_(i,a,n,r,e[o+2],15,718787259),r=_(r,i,a,n,e[o+9],21,-343485551),n=v(n,s),r=v(r,c),i=v(i,l),a=v(a,u)}return[n,r,i,a]}function p(e,t,n,r,i,a){return v((t=v(v(t,e),v(r,a)))<<i|t>>>32-i,n)}function m(e,t,n,r,i,a,o){return p(t&n|~t&r,e,t,i,a,o)}function h(e,t,n,r,i,a,o){return p(t&r|n&~r,e,t,i,a,o)}function g(e,t,n,r,i,a,o){return p(t^n^r,e,t,i,a,o)}function _(e,t,n,r,i,a,o){return p(n^(t|~r),e,t,i,a,o)}function v(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}t.exports=function(e){return d.hash(e,f,16)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/md5.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],7:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u;t.exports=u||function(e){for(var t,n=Array(e),r=0;r<e;r++)!(3&r)&&(t=4294967296*Math.random()),n[r]=t>>>((3&r)<<3)&255;return n}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/rng.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{buffer:3,lYpoI2:11}],8:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){var d=e(`./helpers`);function f(e,t){e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var n,r,i,a=Array(80),o=1732584193,s=-271733879,c=-1732584194,l=271733878,u=-1009589776,d=0;d<e.length;d+=16){for(var f=o,h=s,g=c,_=l,v=u,y=0;y<80;y++){a[y]=y<16?e[d+y]:m(a[y-3]^a[y-8]^a[y-14]^a[y-16],1);var b=p(p(m(o,5),(b=s,r=c,i=l,(n=y)<20?b&r|~b&i:!(n<40)&&n<60?b&r|b&i|r&i:b^r^i)),p(p(u,a[y]),(n=y)<20?1518500249:n<40?1859775393:n<60?-1894007588:-899497514)),u=l,l=c,c=m(s,30),s=o,o=b}o=p(o,f),s=p(s,h),c=p(c,g),l=p(l,_),u=p(u,v)}return[o,s,c,l,u]}function p(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function m(e,t){return e<<t|e>>>32-t}t.exports=function(e){return d.hash(e,f,20,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],9:[function(e,t,n){(function(n,r,i,a,o,s,c,l,u){function d(e,t){var n=(65535&e)+(65535&t);return(e>>16)+(t>>16)+(n>>16)<<16|65535&n}function f(e,t){var n,r=[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298],i=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225],a=Array(64);e[t>>5]|=128<<24-t%32,e[15+(t+64>>9<<4)]=t;for(var o,s,c=0;c<e.length;c+=16){for(var l=i[0],u=i[1],f=i[2],p=i[3],g=i[4],_=i[5],v=i[6],y=i[7],b=0;b<64;b++)a[b]=b<16?e[b+c]:d(d(d((s=a[b-2],m(s,17)^m(s,19)^h(s,10)),a[b-7]),(s=a[b-15],m(s,7)^m(s,18)^h(s,3))),a[b-16]),n=d(d(d(d(y,m(s=g,6)^m(s,11)^m(s,25)),g&_^~g&v),r[b]),a[b]),o=d(m(o=l,2)^m(o,13)^m(o,22),l&u^l&f^u&f),y=v,v=_,_=g,g=d(p,n),p=f,f=u,u=l,l=d(n,o);i[0]=d(l,i[0]),i[1]=d(u,i[1]),i[2]=d(f,i[2]),i[3]=d(p,i[3]),i[4]=d(g,i[4]),i[5]=d(_,i[5]),i[6]=d(v,i[6]),i[7]=d(y,i[7])}return i}var p=e(`./helpers`),m=function(e,t){return e>>>t|e<<32-t},h=function(e,t){return e>>>t};t.exports=function(e){return p.hash(e,f,32,!0)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/crypto-browserify/sha256.js`,`/node_modules/gulp-browserify/node_modules/crypto-browserify`)},{"./helpers":4,buffer:3,lYpoI2:11}],10:[function(e,t,n){(function(e,t,r,i,a,o,s,c,l){n.read=function(e,t,n,r,i){var a,o,s=8*i-r-1,c=(1<<s)-1,l=c>>1,u=-7,d=n?i-1:0,f=n?-1:1,i=e[t+d];for(d+=f,a=i&(1<<-u)-1,i>>=-u,u+=s;0<u;a=256*a+e[t+d],d+=f,u-=8);for(o=a&(1<<-u)-1,a>>=-u,u+=r;0<u;o=256*o+e[t+d],d+=f,u-=8);if(a===0)a=1-l;else{if(a===c)return o?NaN:1/0*(i?-1:1);o+=2**r,a-=l}return(i?-1:1)*o*2**(a-r)},n.write=function(e,t,n,r,i,a){var o,s,c=8*a-i-1,l=(1<<c)-1,u=l>>1,d=i===23?2**-24-2**-77:0,f=r?0:a-1,p=r?1:-1,a=+(t<0||t===0&&1/t<0);for(t=Math.abs(t),isNaN(t)||t===1/0?(s=+!!isNaN(t),o=l):(o=Math.floor(Math.log(t)/Math.LN2),t*(r=2**-o)<1&&(o--,r*=2),2<=(t+=1<=o+u?d/r:d*2**(1-u))*r&&(o++,r/=2),l<=o+u?(s=0,o=l):1<=o+u?(s=(t*r-1)*2**i,o+=u):(s=t*2**(u-1)*2**i,o=0));8<=i;e[n+f]=255&s,f+=p,s/=256,i-=8);for(o=o<<i|s,c+=i;0<c;e[n+f]=255&o,f+=p,o/=256,c-=8);e[n+f-p]|=128*a}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/ieee754/index.js`,`/node_modules/gulp-browserify/node_modules/ieee754`)},{buffer:3,lYpoI2:11}],11:[function(e,t,n){(function(e,n,r,i,a,o,s,c,l){var u,d,f;function p(){}(e=t.exports={}).nextTick=(d=typeof window<`u`&&window.setImmediate,f=typeof window<`u`&&window.postMessage&&window.addEventListener,d?function(e){return window.setImmediate(e)}:f?(u=[],window.addEventListener(`message`,function(e){var t=e.source;t!==window&&t!==null||e.data!==`process-tick`||(e.stopPropagation(),0<u.length&&u.shift()())},!0),function(e){u.push(e),window.postMessage(`process-tick`,`*`)}):function(e){setTimeout(e,0)}),e.title=`browser`,e.browser=!0,e.env={},e.argv=[],e.on=p,e.addListener=p,e.once=p,e.off=p,e.removeListener=p,e.removeAllListeners=p,e.emit=p,e.binding=function(e){throw Error(`process.binding is not supported`)},e.cwd=function(){return`/`},e.chdir=function(e){throw Error(`process.chdir is not supported`)}}).call(this,e(`lYpoI2`),typeof self<`u`?self:typeof window<`u`?window:{},e(`buffer`).Buffer,arguments[3],arguments[4],arguments[5],arguments[6],`/node_modules/gulp-browserify/node_modules/process/browser.js`,`/node_modules/gulp-browserify/node_modules/process`)},{buffer:3,lYpoI2:11}]},{},[1])(1)})}))(),1);L(),L(),L();var tm=e=>{if(typeof e!=`object`||!e)return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null},nm=e=>Array.isArray(e)?[...e]:tm(e)?F({},e):{};function rm(e,t,n){let r=t.split(`.`),i=F({},e),a=i;for(let e=0;e<r.length;e++){let[t,i]=r[e].replace(`]`,``).split(`[`),o=e===r.length-1;if(i!==void 0){a[t]=Array.isArray(a[t])?[...a[t]]:[];let e=Number(i);if(o){a[t][e]=n;continue}a[t][e]=nm(a[t][e]),a=a[t][e]}else o?a[t]=n:(a[t]=nm(a[t]),a=a[t])}return i}L(),L();var im={Button:`_Button_oe4qj_1`,"Button--medium":`_Button--medium_oe4qj_34`,"Button--large":`_Button--large_oe4qj_62`,"Button-icon":`_Button-icon_oe4qj_89`,"Button--primary":`_Button--primary_oe4qj_93`,"Button--disabled":`_Button--disabled_oe4qj_123`,"Button--secondary":`_Button--secondary_oe4qj_135`,"Button--flush":`_Button--flush_oe4qj_171`,"Button--fullWidth":`_Button--fullWidth_oe4qj_179`,"Button-spinner":`_Button-spinner_oe4qj_184`};L();var am=/^(data-.*)$/,om=e=>{let t={};for(let n in e)Object.prototype.hasOwnProperty.call(e,n)&&am.test(n)&&(t[n]=e[n]);return t},sm=R(`Button`,im),cm=e=>{var t=e,{children:n,href:r,onClick:i,variant:a=`primary`,type:o,disabled:s,tabIndex:c,newTab:l,fullWidth:u,icon:d,size:f=`medium`,loading:p=!1}=t,m=vt(t,[`children`,`href`,`onClick`,`variant`,`type`,`disabled`,`tabIndex`,`newTab`,`fullWidth`,`icon`,`size`,`loading`]);let[h,g]=(0,z.useState)(p);(0,z.useEffect)(()=>g(p),[p]);let _=r?`a`:o?`button`:`span`,v=om(m);return(0,B.jsxs)(_,I(F({className:sm({primary:a===`primary`,secondary:a===`secondary`,disabled:s,fullWidth:u,[f]:!0}),onClick:e=>{i&&(g(!0),Promise.resolve(i(e)).then(()=>{g(!1)}))},type:o,disabled:s||h,tabIndex:c,target:l?`_blank`:void 0,rel:l?`noreferrer`:void 0,href:r},v),{children:[d&&(0,B.jsx)(`div`,{className:sm(`icon`),children:d}),n,h&&(0,B.jsx)(`div`,{className:sm(`spinner`),children:(0,B.jsx)(j,{size:14})})]}))};L(),L();var lm={InputWrapper:`_InputWrapper_qyenz_1`,"Input-label":`_Input-label_qyenz_5`,"Input-labelIcon":`_Input-labelIcon_qyenz_17`,"Input-disabledIcon":`_Input-disabledIcon_qyenz_24`,"Input-input":`_Input-input_qyenz_29`,"Input-select":`_Input-select_qyenz_61`,"Input-selectIcon":`_Input-selectIcon_qyenz_71`,Input:`_Input_qyenz_1`,"Input--readOnly":`_Input--readOnly_qyenz_111`,"Input-radioGroupItems":`_Input-radioGroupItems_qyenz_150`,"Input-radio":`_Input-radio_qyenz_150`,"Input-radioInner":`_Input-radioInner_qyenz_179`,"Input-radioInput":`_Input-radioInput_qyenz_261`},um=R(`Input`,lm),dm=({children:e,icon:t,label:n,el:r=`label`,readOnly:i,className:a})=>{let o=r,s=N(`field-readonly`);return(0,B.jsxs)(o,{className:a,children:[(0,B.jsxs)(`div`,{className:um(`label`),children:[t?(0,B.jsx)(`div`,{className:um(`labelIcon`),children:t}):(0,B.jsx)(B.Fragment,{}),n,i&&(0,B.jsx)(`div`,{className:um(`disabledIcon`),title:s,children:(0,B.jsx)(fe,{size:`12`})})]}),e]})},fm=({children:e,icon:t,label:n,el:r=`label`,readOnly:i})=>{let a=P(e=>e.overrides),o=(0,z.useMemo)(()=>a.fieldLabel||dm,[a]);return n?(0,B.jsx)(o,{label:n,icon:t,className:um({readOnly:i}),readOnly:i,el:r,children:e}):(0,B.jsx)(B.Fragment,{children:e})};L(),L(),L(),L();var pm={ArrayField:`_ArrayField_62huh_5`,"ArrayField--isDraggingFrom":`_ArrayField--isDraggingFrom_62huh_30`,"ArrayField-addButton":`_ArrayField-addButton_62huh_38`,"ArrayField--hasItems":`_ArrayField--hasItems_62huh_58`,"ArrayField-inner":`_ArrayField-inner_62huh_93`,ArrayFieldItem:`_ArrayFieldItem_62huh_101`,"ArrayFieldItem--isDragging":`_ArrayFieldItem--isDragging_62huh_110`,"ArrayFieldItem--isExpanded":`_ArrayFieldItem--isExpanded_62huh_114`,"ArrayFieldItem-summary":`_ArrayFieldItem-summary_62huh_132`,"ArrayFieldItem--noFields":`_ArrayFieldItem--noFields_62huh_167`,"ArrayField--addDisabled":`_ArrayField--addDisabled_62huh_176`,"ArrayFieldItem-body":`_ArrayFieldItem-body_62huh_228`,"ArrayFieldItem-fieldset":`_ArrayFieldItem-fieldset_62huh_237`,"ArrayFieldItem-rhs":`_ArrayFieldItem-rhs_62huh_250`,"ArrayFieldItem-actions":`_ArrayFieldItem-actions_62huh_256`};L(),L();function mm(e,t){let n=(0,z.useContext)(e);if(!n)throw Error(`useContextStore must be used inside context`);return ie(n,Zt(t))}function hm(e){return({children:t,value:n})=>{let[r]=(0,z.useState)(()=>ve(()=>n));return(0,B.jsx)(e.Provider,{value:r,children:t})}}function gm(e){let t=(0,z.createContext)(ve(ae(()=>e)));return{ctx:t,Provider:hm(t)}}var _m=gm({}),vm=()=>(0,z.useContext)(_m.ctx);function ym(e){let t=(0,z.useContext)(_m.ctx);if(!t)throw Error(`useContextStore must be used inside context`);return ie(t,Zt(e))}L(),L();var bm=R(`DragIcon`,{DragIcon:`_DragIcon_5e515_1`,"DragIcon--disabled":`_DragIcon--disabled_5e515_10`}),xm=({isDragDisabled:e})=>(0,B.jsx)(`div`,{className:bm({disabled:e}),children:(0,B.jsx)(`svg`,{viewBox:`0 0 20 20`,width:`12`,fill:`currentColor`,children:(0,B.jsx)(`path`,{d:`M7 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 2zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 7 14zm6-8a2 2 0 1 0-.001-4.001A2 2 0 0 0 13 6zm0 2a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 8zm0 6a2 2 0 1 0 .001 4.001A2 2 0 0 0 13 14z`})})});L(),L();var{Delay:Sm,Distance:Cm}=nd,wm=[new Sm({value:200,tolerance:10})],Tm=[new Sm({value:200,tolerance:10}),new Cm({value:5})],Em=({other:e=Tm,mouse:t,touch:n=wm}={touch:wm,other:Tm})=>{let[r]=(0,z.useState)(()=>[od.configure({activationConstraints(r,i){let{pointerType:a,target:o}=r;return a===`mouse`&&Ec(o)&&(i.handle===o||i.handle?.contains(o))?t:a===`touch`?n:e}})]);return r};L(),L(),L();var Dm=`increasing`,Om=(e,t)=>{let{dragOperation:n,droppable:r}=e,{shape:i}=r,{position:a}=n,o=n.shape?.current;if(!o||!i)return null;let s=i.center,c=Math.sqrt((s.x-t.x)**2+(s.y-t.y)**2),l=Math.sqrt((s.x-a.current.x)**2+(s.y-a.current.y)**2);return Dm=l===c?Dm:l<c?`decreasing`:`increasing`,o.center,r.id.toString(),Dm===`decreasing`?{id:r.id,value:1,type:La.Collision}:null};L();var km=(e,t)=>e===`dynamic`?Math.abs(t.y)>Math.abs(t.x)?t.y===0?null:t.y>0?`down`:`up`:t.x===0?null:t.x>0?`right`:`left`:e===`x`?t.x===0?null:t.x>0?`right`:`left`:t.y===0?null:t.y>0?`down`:`up`;L();var Am=(e,t,n,r=0)=>{let i=e.boundingRectangle,a=t.center;if(n===`down`){let e=r*t.boundingRectangle.height;return i.bottom>=a.y+e}if(n===`up`){let e=r*t.boundingRectangle.height;return i.top<a.y-e}if(n===`left`){let e=r*t.boundingRectangle.width;return a.x-e>=i.left}let o=r*t.boundingRectangle.width;return i.right-o>=a.x};L();var jm=10,Mm={current:{x:0,y:0},delta:{x:0,y:0},previous:{x:0,y:0},direction:null},Nm=(e,t=`dynamic`)=>(Mm.current=e,Mm.delta={x:e.x-Mm.previous.x,y:e.y-Mm.previous.y},Mm.direction=km(t,Mm.delta)||Mm.direction,(Math.abs(Mm.delta.x)>jm||Math.abs(Mm.delta.y)>jm)&&(Mm.previous=Jr.from(e)),Mm);L();var Pm=({dragOperation:e,droppable:t})=>{let n=e.position.current;if(!n)return null;let{id:r}=t;return t.shape&&t.shape.containsPoint(n)?{id:r,value:1/Jr.distance(t.shape.center,n),type:La.PointerIntersection,priority:Ia.High}:null},Fm=e=>{let{dragOperation:t,droppable:n}=e,{shape:r,position:i}=t;if(!n.shape)return null;let a=r?Yr.from(r.current.boundingRectangle).corners:void 0,o=Yr.from(n.shape.boundingRectangle).corners.reduce((e,t,n)=>e+Jr.distance(Jr.from(t),a?.[n]??i.current),0)/4;return{id:n.id,value:1/o,type:La.Collision,priority:Ia.Normal}};L();var Im=ve(()=>({fallbackEnabled:!1})),Lm=``,Rm=(e,t=.05)=>(n=>{let{dragOperation:r,droppable:i}=n,{position:a}=r,o=r.shape?.current,{shape:s}=i;if(!o||!s)return null;let{center:c}=o,{fallbackEnabled:l}=Im.getState(),u=Nm(a.current,e),d={direction:u.direction},{center:f}=s,p=Am(o,s,u.direction,t);if(r.source?.id===i.id){let e=Om(n,u.previous);if(i.id.toString(),e)return I(F({},e),{priority:Ia.Highest,data:d})}let m=o.intersectionArea(s),h=m/s.area;if(m&&p){i.id.toString(),u.direction;let e={id:i.id,value:h,priority:Ia.High,type:La.Collision},t=Lm===i.id;return Lm=``,I(F({},e),{id:t?`flush`:e.id,data:d})}if(l&&r.source?.id!==i.id){let t=s.boundingRectangle.right>o.boundingRectangle.left&&s.boundingRectangle.left<o.boundingRectangle.right,r=s.boundingRectangle.bottom>o.boundingRectangle.top&&s.boundingRectangle.top<o.boundingRectangle.bottom;if(e===`y`&&t||r){let t=Fm(n);if(t)return d.direction=km(e,{x:o.center.x-(i.shape?.center.x||0),y:o.center.y-(i.shape?.center.y||0)}),m?(i.id.toString(),Lm=i.id,I(F({},t),{priority:Ia.Low,data:d})):(i.id.toString(),I(F({},t),{priority:Ia.Lowest,data:d}))}}return i.id.toString(),null});L();var zm=(e,t=`ltr`)=>e===`up`||t===`ltr`&&e===`left`||t===`rtl`&&e===`right`?`before`:`after`,Bm=({position:e,sourceIndex:t,targetIndex:n,isSameZone:r})=>{let i=n;return r&&i>=t&&--i,e===`after`&&(i+=1),i},Vm=({children:e,onDragStart:t,onDragEnd:n,onMove:r})=>{let i=Em({mouse:[new nd.Distance({value:5})]});return(0,B.jsx)(ef,{sensors:i,onDragStart:e=>t(e.operation.source?.id.toString()??``),onDragOver:(e,t)=>{e.preventDefault();let{operation:n}=e,{source:i,target:a}=n;if(!i||!a)return;let o=i.data.index,s=a.data.index,c=t.collisionObserver.collisions[0]?.data;o!==s&&i.id!==a.id&&r({source:o,target:Bm({position:zm(c?.direction),sourceIndex:o,targetIndex:s,isSameZone:!0})})},onDragEnd:()=>{setTimeout(()=>{n()},250)},children:e})},Hm=({id:e,index:t,disabled:n,children:r,type:i=`item`})=>{let{ref:a,isDragging:o,isDropping:s,handleRef:c}=Qp({id:e,type:i,index:t,disabled:n,data:{index:t},collisionDetector:Rm(`y`)});return r({isDragging:o,isDropping:s,ref:a,handleRef:c})};L();var Um=(0,z.createContext)({}),Wm=()=>{let e=(0,z.useContext)(Um);return I(F({},e),{readOnlyFields:e.readOnlyFields||{}})},Gm=({children:e,name:t,subName:n,wildcardName:r=t,readOnlyFields:i})=>{let a=`${t}.${n}`,o=`${r}.${n}`,s=(0,z.useMemo)(()=>Object.keys(i).reduce((e,n)=>{if(n.indexOf(a)>-1||n.indexOf(o)>-1){let a=new RegExp(`^(${t}|${r}).`.replace(/\[/g,`\\[`).replace(/\]/g,`\\]`).replace(/\./g,`\\.`).replace(/\*/g,`\\*`)),o=n.replace(a,``);return I(F({},e),{[o]:i[n]})}return e},{}),[t,n,r,i]);return(0,B.jsx)(Um.Provider,{value:{readOnlyFields:s,localName:n},children:e})};L();var Km=(e,t)=>t.split(`.`).reduce((e,t)=>{if(!e)return;let[n,r]=t.replace(`]`,``).split(`[`),i=e[n];return r&&i?i[parseInt(r)]:i},e);L();var qm=(0,z.memo)(({field:e,id:t,index:n,name:r,subName:i,localName:a,onChange:o,forceReadOnly:s})=>{let c=n===void 0?r:`${r}[${n}]`,l=r?`${c}.${i}`:i,u=n===void 0?a??i:`${a}[${n}]`,d=n===void 0?a:`${a}[*]`,f=`${u}.${i}`,p=`${d}.${i}`,{readOnlyFields:m}=Wm(),h=s||(m[l]===void 0?m[p]:m[f]),g=e.label||i;return(0,B.jsx)(Gm,{name:u,wildcardName:d,subName:i,readOnlyFields:m,children:(0,B.jsx)(Ah,{name:l,label:g,id:t,readOnly:h,field:I(F({},e),{label:g}),onChange:(e,t)=>{o(e,t,i)}})})}),Jm=R(`ArrayField`,pm),Ym=R(`ArrayFieldItem`,pm),Xm=(0,z.memo)(({index:e,originalIndex:t,field:n,name:r})=>{let i=ym(t=>Km(t,`${[r]}[${e}]`)),a=N(`field-arrayitem-summary`,{index:t});return(0,z.useMemo)(()=>i&&n.getItemSummary?n.getItemSummary(i,e):a,[i,n,t,e,a])}),Zm=(0,z.memo)(({id:e,arrayId:t,index:n,dragIndex:r,originalIndex:i,field:a,onChange:o,onToggleExpand:s,readOnly:c,actions:l,name:u,localName:d})=>{let f=P(n=>n.state.ui.arrayState[t]?.openId===e),p=P(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),m=(0,z.useMemo)(()=>a.arrayFields?Object.values(a.arrayFields).some(e=>e.type!==`slot`&&e.visible!==!1):!1,[a.arrayFields]);return(0,B.jsx)(Hm,{id:e,index:r,disabled:c,children:({isDragging:t,ref:r,handleRef:h})=>(0,B.jsxs)(`div`,{ref:r,className:Ym({isExpanded:f&&m,isDragging:t,noFields:!m}),children:[(0,B.jsxs)(`div`,{ref:h,onClick:n=>{t||(n.preventDefault(),n.stopPropagation(),m&&s(e,f))},className:Ym(`summary`),children:[(0,B.jsx)(Xm,{index:n,originalIndex:i,field:a,name:u}),(0,B.jsxs)(`div`,{className:Ym(`rhs`),children:[!c&&(0,B.jsx)(`div`,{className:Ym(`actions`),children:l}),(0,B.jsx)(`div`,{children:(0,B.jsx)(xm,{})})]})]}),(0,B.jsx)(`div`,{className:Ym(`body`),children:f&&m&&(0,B.jsx)(`fieldset`,{className:Ym(`fieldset`),children:Object.keys(a.arrayFields).map(t=>{let r=a.arrayFields[t];return(0,B.jsx)(qm,{id:`${e}_${t}`,name:u,index:n,subName:t,localName:d,field:r,onChange:o,forceReadOnly:!p},`${e}_${t}_${n}`)})})})]})})}),Qm=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,readOnly:o,Label:s=e=>(0,B.jsx)(`div`,F({},e))})=>{let c=P(e=>e.setUi),l=M(),u=vm(),{localName:d=r}=Wm(),f=()=>Km(u.getState(),r)??[],p=(0,z.useCallback)(()=>{let{state:e}=l.getState(),t=e.ui.arrayState[n];if(t?.items?.length)return t;let r=f();return{items:Array.from(r||[]).map((e,t)=>({_originalIndex:t,_currentIndex:t,_arrayId:`${n}-${t}`})),openId:``}},[l,n,f,r]),m=ym(()=>f().length),h=(0,z.useMemo)(p,[p]),g=P(e=>e.state.ui.arrayState[n]??h),_=M(),v=(0,z.useCallback)(e=>{let t=_.getState().state;return{arrayState:I(F({},t.ui.arrayState),{[n]:F(F({},p()),e)})}},[_]),y=(0,z.useCallback)(()=>p().items.reduce((e,t)=>t._originalIndex>e?t._originalIndex:e,-1),[]),b=(0,z.useCallback)(e=>{let t=y(),r=p(),i=Array.from(e||[]).map((e,i)=>{let a=r.items[i],o={_originalIndex:a?._originalIndex??t+1,_currentIndex:a?._currentIndex??i,_arrayId:r.items[i]?._arrayId||`${n}-${t+1}`};return o._originalIndex>t&&(t=o._originalIndex),o});return I(F({},r),{items:i})},[]),[x,S]=(0,z.useState)(``),C=!!x,w=(0,z.useRef)([]);(0,z.useEffect)(()=>{w.current=f()},[]);let T=(0,z.useCallback)(t=>{if(e.type!==`array`||!e.arrayFields)return;let n=_.getState().config;return rt({value:t,fields:e.arrayFields,mappers:{slot:({value:e})=>e.map(e=>pe(e,n,!0))},config:n})},[_,e]),E=(0,z.useCallback)(()=>{let e=p(),t=e.items.map((e,t)=>I(F({},e),{_currentIndex:t})),r=_.getState().state,i={arrayState:I(F({},r.ui.arrayState),{[n]:I(F({},e),{items:t})})};c(i,!1)},[]),D=(0,z.useCallback)(e=>{let n=b(e);c(v(n),!1),t(e)},[b,c,v,t]);(0,z.useEffect)(()=>{let e=b(f());c(v(e),!1)},[m]);let O=N(`field-arrayitem-duplicate`),ee=N(`field-arrayitem-delete`);if(e.type!==`array`||!e.arrayFields)return null;let te=e.max!==void 0&&g?.items.length>=e.max||o;return(0,B.jsx)(s,{label:i||r,icon:a||(0,B.jsx)(ye,{size:16}),el:`div`,readOnly:o,children:(0,B.jsx)(Vm,{onDragStart:e=>{w.current=f(),S(e),E()},onDragEnd:()=>{S(``),t(w.current);let e=u.getState();u.setState(rm(e,r,w.current)),E()},onMove:e=>{let t=p();if(t.items[e.source]._arrayId!==x)return;let r=Ze(w.current,e.source,e.target),i=Ze(t.items,e.source,e.target),a=_.getState().state,o={arrayState:I(F({},a.ui.arrayState),{[n]:I(F({},t),{items:i})})};c(o,!1),w.current=r},children:(0,B.jsxs)(`div`,{className:Jm({hasItems:m>0,addDisabled:te}),children:[g.items.length>0&&(0,B.jsx)(`div`,{className:Jm(`inner`),"data-dnd-container":!0,children:g.items.map((i,a)=>{let{_arrayId:s=`${n}-${a}`,_originalIndex:l=a,_currentIndex:u=a}=i;return(0,B.jsx)(Zm,{index:u,dragIndex:a,originalIndex:l,arrayId:n,id:s,readOnly:o,field:e,name:r,localName:d,onChange:(e,n,r)=>{let i=f(),o=Array.from(i||[])[a]||{};t(Ue(i,a,I(F({},o),{[r]:e})),n)},onToggleExpand:(e,t)=>{c(v(t?{openId:``}:{openId:e}))},actions:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`div`,{className:Ym(`action`),children:(0,B.jsx)(qe,{type:`button`,disabled:!!te,onClick:e=>{e.stopPropagation();let t=[...f()||[]],n=T(t[a]);t.splice(a,0,n),D(t)},title:O,children:(0,B.jsx)(He,{size:16})})}),(0,B.jsx)(`div`,{className:Ym(`action`),children:(0,B.jsx)(qe,{type:`button`,disabled:e.min!==void 0&&e.min>=g.items.length,onClick:e=>{e.stopPropagation();let t=[...f()||[]];t.splice(a,1),D(t)},title:ee,children:(0,B.jsx)(it,{size:16})})})]})},s)})}),!te&&(0,B.jsx)(`button`,{type:`button`,className:Jm(`addButton`),onClick:()=>{if(C)return;let t=f()||[],n=typeof e.defaultItemProps==`function`?e.defaultItemProps(t.length):e.defaultItemProps??{},r=Ce(T(n),e.arrayFields),i=[...t,r];D(i)},children:(0,B.jsx)(oe,{size:21})})]})})})};L(),L(),L();var $m=(e,t=!0)=>ym(n=>t?Km(n,e):void 0);L();var eh=e=>P(t=>t.state.ui.field.focus===e),th=(e,t,{tracked:n=!0,fallback:r}={})=>{let i=$m(e,n),a=eh(e),[o,s]=(0,z.useState)(i),c=(0,z.useCallback)((e,...n)=>{s(e),t(e,...n)},[t]);return(0,z.useEffect)(()=>{n&&(a||s(i))},[n,a,i]),n?[r!==void 0&&o==null?r:o,c]:[void 0,t]},nh=R(`Input`,lm),rh=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=th(i,t,{fallback:``});return(0,B.jsx)(s,{label:a||i,icon:o||(0,B.jsxs)(B.Fragment,{children:[e.type===`text`&&(0,B.jsx)(We,{size:16}),e.type===`number`&&(0,B.jsx)(dt,{size:16})]}),readOnly:n,children:(0,B.jsx)(`input`,{className:nh(`input`),autoComplete:`off`,type:e.type,title:a||i,name:i,value:c,onChange:t=>{if(e.type===`number`){let n=Number(t.currentTarget.value);if(e.min!==void 0&&n<e.min||e.max!==void 0&&n>e.max)return;l(n)}else l(t.currentTarget.value)},readOnly:n,tabIndex:n?-1:void 0,id:r,min:e.type===`number`?e.min:void 0,max:e.type===`number`?e.max:void 0,placeholder:e.type===`text`||e.type===`number`?e.placeholder:void 0,step:e.type===`number`?e.step:void 0})})};L(),L(),L();var ih={"ExternalInput-actions":`_ExternalInput-actions_143vl_1`,"ExternalInput-button":`_ExternalInput-button_143vl_5`,"ExternalInput--dataSelected":`_ExternalInput--dataSelected_143vl_34`,"ExternalInput--readOnly":`_ExternalInput--readOnly_143vl_41`,"ExternalInput-detachButton":`_ExternalInput-detachButton_143vl_48`,ExternalInput:`_ExternalInput_143vl_1`,ExternalInputModal:`_ExternalInputModal_143vl_118`,"ExternalInputModal-grid":`_ExternalInputModal-grid_143vl_128`,"ExternalInputModal--filtersToggled":`_ExternalInputModal--filtersToggled_143vl_139`,"ExternalInputModal-filters":`_ExternalInputModal-filters_143vl_144`,"ExternalInputModal-masthead":`_ExternalInputModal-masthead_143vl_164`,"ExternalInputModal-tableWrapper":`_ExternalInputModal-tableWrapper_143vl_173`,"ExternalInputModal-table":`_ExternalInputModal-table_143vl_173`,"ExternalInputModal-thead":`_ExternalInputModal-thead_143vl_189`,"ExternalInputModal-th":`_ExternalInputModal-th_143vl_189`,"ExternalInputModal-td":`_ExternalInputModal-td_143vl_204`,"ExternalInputModal-tr":`_ExternalInputModal-tr_143vl_210`,"ExternalInputModal-tbody":`_ExternalInputModal-tbody_143vl_217`,"ExternalInputModal--hasData":`_ExternalInputModal--hasData_143vl_244`,"ExternalInputModal-loadingBanner":`_ExternalInputModal-loadingBanner_143vl_248`,"ExternalInputModal--isLoading":`_ExternalInputModal--isLoading_143vl_265`,"ExternalInputModal-searchForm":`_ExternalInputModal-searchForm_143vl_269`,"ExternalInputModal-search":`_ExternalInputModal-search_143vl_269`,"ExternalInputModal-searchIcon":`_ExternalInputModal-searchIcon_143vl_306`,"ExternalInputModal-searchIconText":`_ExternalInputModal-searchIconText_143vl_333`,"ExternalInputModal-searchInput":`_ExternalInputModal-searchInput_143vl_343`,"ExternalInputModal-searchActions":`_ExternalInputModal-searchActions_143vl_358`,"ExternalInputModal-searchActionIcon":`_ExternalInputModal-searchActionIcon_143vl_371`,"ExternalInputModal-footerContainer":`_ExternalInputModal-footerContainer_143vl_375`,"ExternalInputModal-footer":`_ExternalInputModal-footer_143vl_375`,"ExternalInputModal-field":`_ExternalInputModal-field_143vl_388`};L(),L();var ah=R(`Modal`,{Modal:`_Modal_g5xob_1`,"Modal--isOpen":`_Modal--isOpen_g5xob_15`,"Modal-inner":`_Modal-inner_g5xob_19`}),oh=({children:e,onClose:t,isOpen:n})=>{let[r,i]=(0,z.useState)(null);return(0,z.useEffect)(()=>{i(document.getElementById(`puck-portal-root`))},[]),r?(0,kt.createPortal)((0,B.jsx)(`div`,{className:ah({isOpen:n}),onClick:t,children:(0,B.jsx)(`div`,{className:ah(`inner`),onClick:e=>e.stopPropagation(),children:e})}),r):(0,B.jsx)(`div`,{})};L(),L();var sh=R(`Heading`,{Heading:`_Heading_97eh4_1`,"Heading--xxxxl":`_Heading--xxxxl_97eh4_12`,"Heading--xxxl":`_Heading--xxxl_97eh4_18`,"Heading--xxl":`_Heading--xxl_97eh4_22`,"Heading--xl":`_Heading--xl_97eh4_26`,"Heading--l":`_Heading--l_97eh4_30`,"Heading--m":`_Heading--m_97eh4_34`,"Heading--s":`_Heading--s_97eh4_38`,"Heading--xs":`_Heading--xs_97eh4_42`}),ch=({children:e,rank:t,size:n=`m`})=>{let r=t?`h${t}`:`span`;return(0,B.jsx)(r,{className:sh({[n]:!0}),children:e})};L();var lh=R(`ExternalInput`,ih),$=R(`ExternalInputModal`,ih),uh=({count:e})=>{let t=N(`field-external-result-singular`,{count:e}),n=N(`field-external-result-plural`,{count:e});return(0,B.jsx)(`span`,{className:$(`footer`),children:e===1?t:n})},dh={},fh=({field:e,onChange:t,value:n=null,name:r,id:i,readOnly:a})=>{let{mapProp:o=e=>e,mapRow:s=e=>e,filterFields:c}=e||{},{enabled:l}=e.cache??{enabled:!0},[u,d]=(0,z.useState)([]),[f,p]=(0,z.useState)(!1),[m,h]=(0,z.useState)(!0),g=!!c,[_,v]=(0,z.useState)(e.initialFilters||{}),[y,b]=(0,z.useState)(g),x=(0,z.useMemo)(()=>u.map(s),[u]),S=(0,z.useMemo)(()=>{let e=new Set;for(let t of x)for(let n of Object.keys(t))(typeof t[n]==`string`||typeof t[n]==`number`||(0,z.isValidElement)(t[n]))&&e.add(n);return Array.from(e)},[x]),[C,w]=(0,z.useState)(e.initialQuery||``),T=(0,z.useCallback)((t,n)=>_t(null,null,function*(){h(!0);let r=`${i}-${t}-${JSON.stringify(n)}`,a;a=l&&dh[r]?dh[r]:yield e.fetchList({query:t,filters:n}),a&&(d(a),h(!1),l&&(dh[r]=a))}),[i,e]),E=(0,z.useCallback)(t=>e.renderFooter?e.renderFooter(t):(0,B.jsx)(uh,{count:t.items.length}),[e.renderFooter]);(0,z.useEffect)(()=>{T(C,_)},[]);let D=N(`field-external-item`),O=N(`field-external-search`),ee=N(`field-external-togglefilters`),te=N(`field-external-selectdata`);return(0,B.jsxs)(`div`,{className:lh({dataSelected:!!n,modalVisible:f,readOnly:a}),id:i,children:[(0,B.jsxs)(`div`,{className:lh(`actions`),children:[(0,B.jsx)(`button`,{type:`button`,onClick:()=>p(!0),className:lh(`button`),disabled:a,children:n?e.getItemSummary?e.getItemSummary(n):D:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(ge,{size:`16`}),(0,B.jsx)(`span`,{children:e.placeholder})]})}),n&&(0,B.jsx)(`button`,{type:`button`,className:lh(`detachButton`),onClick:()=>{t(null)},disabled:a,children:(0,B.jsx)(Se,{size:16})})]}),(0,B.jsx)(oh,{onClose:()=>p(!1),isOpen:f,children:(0,B.jsxs)(`form`,{className:$({isLoading:m,loaded:!m,hasData:x.length>0,filtersToggled:y}),onSubmit:e=>{e.preventDefault(),e.stopPropagation(),T(C,_)},children:[(0,B.jsx)(`div`,{className:$(`masthead`),children:e.showSearch?(0,B.jsxs)(`div`,{className:$(`searchForm`),children:[(0,B.jsxs)(`label`,{className:$(`search`),children:[(0,B.jsx)(`span`,{className:$(`searchIconText`),children:O}),(0,B.jsx)(`div`,{className:$(`searchIcon`),children:(0,B.jsx)(je,{size:`18`})}),(0,B.jsx)(`input`,{className:$(`searchInput`),name:`q`,type:`search`,placeholder:e.placeholder,onChange:e=>{w(e.currentTarget.value)},autoComplete:`off`,value:C})]}),(0,B.jsxs)(`div`,{className:$(`searchActions`),children:[(0,B.jsx)(cm,{type:`submit`,loading:m,fullWidth:!0,children:O}),g&&(0,B.jsx)(`div`,{className:$(`searchActionIcon`),children:(0,B.jsx)(qe,{type:`button`,title:ee,onClick:e=>{e.preventDefault(),e.stopPropagation(),b(!y)},children:(0,B.jsx)(Me,{size:20})})})]})]}):(0,B.jsx)(ch,{rank:`2`,size:`xs`,children:e.placeholder||te})}),(0,B.jsxs)(`div`,{className:$(`grid`),children:[g&&(0,B.jsx)(`div`,{className:$(`filters`),children:g&&Object.keys(c).map(e=>{let t=c[e];return(0,B.jsx)(`div`,{className:$(`field`),children:(0,B.jsx)(dm,{label:t.label||e,children:(0,B.jsx)(Mh,{field:t,id:`external_field_${e}_filter`,value:_[e],onChange:t=>{v(n=>{let r=I(F({},n),{[e]:t});return T(C,r),r})}})})},e)})}),(0,B.jsxs)(`div`,{className:$(`tableWrapper`),children:[(0,B.jsxs)(`table`,{className:$(`table`),children:[(0,B.jsx)(`thead`,{className:$(`thead`),children:(0,B.jsx)(`tr`,{className:$(`tr`),children:S.map(e=>(0,B.jsx)(`th`,{className:$(`th`),style:{textAlign:`left`},children:e},e))})}),(0,B.jsx)(`tbody`,{className:$(`tbody`),children:x.map((e,n)=>(0,B.jsx)(`tr`,{style:{whiteSpace:`nowrap`},className:$(`tr`),onClick:()=>{t(o(u[n])),p(!1)},children:S.map(t=>(0,B.jsx)(`td`,{className:$(`td`),children:e[t]},t))},n))})]}),(0,B.jsx)(`div`,{className:$(`loadingBanner`),children:(0,B.jsx)(j,{size:24})})]})]}),(0,B.jsx)(`div`,{className:$(`footerContainer`),children:(0,B.jsx)(E,{items:x})})]})})]})},ph=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let c=$m(r),l=e,u=e,d=N(`field-external-selectdata`);return(0,z.useEffect)(()=>{u.adaptor&&console.error("Warning: The `adaptor` API is deprecated. Please use updated APIs on the `external` field instead. This will be a breaking change in a future release.")},[]),e.type===`external`?(0,B.jsx)(o,{label:i||r,icon:a||(0,B.jsx)(ge,{size:16}),el:`div`,children:(0,B.jsx)(fh,{name:r,field:I(F({},l),{placeholder:u.adaptor?.name?`Select from ${u.adaptor.name}`:l.placeholder||d,mapProp:u.adaptor?.mapProp||l.mapProp,mapRow:l.mapRow,fetchList:u.adaptor?.fetchList?()=>_t(null,null,function*(){return yield u.adaptor.fetchList(u.adaptorParams)}):l.fetchList}),onChange:t,value:c,id:n,readOnly:s})}):null};L();var mh=R(`Input`,lm),hh=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let c=$m(i);return e.type!==`radio`||!e.options?null:(0,B.jsx)(s,{icon:o||(0,B.jsx)(ze,{size:16}),label:a||i,readOnly:n,el:`div`,children:(0,B.jsx)(`div`,{className:mh(`radioGroupItems`),id:r,children:e.options.map(e=>(0,B.jsxs)(`label`,{className:mh(`radio`),children:[(0,B.jsx)(`input`,{type:`radio`,className:mh(`radioInput`),value:JSON.stringify({value:e.value}),name:i,onChange:e=>{t(JSON.parse(e.target.value).value)},disabled:n,checked:c===e.value}),(0,B.jsx)(`div`,{className:mh(`radioInner`),children:e.label||e.value?.toString()})]},e.label+e.value))})})};L();var gh=R(`Input`,lm),_h=({field:e,onChange:t,label:n,labelIcon:r,Label:i,id:a,name:o=a,readOnly:s})=>{let c=$m(o);return e.type!==`select`||!e.options?null:(0,B.jsx)(i,{label:n||o,icon:r||(0,B.jsx)(Fe,{size:16}),readOnly:s,children:(0,B.jsxs)(`div`,{className:gh(`select`),children:[(0,B.jsx)(`select`,{id:a,title:n||o,className:gh(`input`),disabled:s,onChange:e=>{t(JSON.parse(e.target.value).value)},value:JSON.stringify({value:c}),children:e.options.map(e=>(0,B.jsx)(`option`,{label:e.label,value:JSON.stringify({value:e.value})},e.label+JSON.stringify(e.value)))}),(0,B.jsx)(Fe,{size:18,className:gh(`selectIcon`)})]})})};L();var vh=R(`Input`,lm),yh=({field:e,onChange:t,readOnly:n,id:r,name:i=r,label:a,labelIcon:o,Label:s})=>{let[c,l]=th(i,t,{fallback:``});return(0,B.jsx)(s,{label:a||i,icon:o||(0,B.jsx)(We,{size:16}),readOnly:n,children:(0,B.jsx)(`textarea`,{id:r,className:vh(`input`),autoComplete:`off`,name:i,value:c,onChange:e=>l(e.currentTarget.value),readOnly:n,tabIndex:n?-1:void 0,rows:5,placeholder:e.type===`textarea`?e.placeholder:void 0})})};L(),L();var bh=(0,z.memo)(e=>(0,B.jsx)(Et,I(F({},e),{editor:null,menu:(0,B.jsx)(O,{field:e.field,editor:null,editorState:null,readOnly:e.readOnly??!1}),children:(0,B.jsx)(`div`,{className:`rich-text`,dangerouslySetInnerHTML:{__html:e.content},contentEditable:!0})})));bh.displayName=`EditorFallback`;var xh=(0,z.lazy)(()=>T(()=>import(`./Editor-44C53YAG-DehgcEq8.js`).then(e=>({default:e.Editor})),__vite__mapDeps([19,17,4,5,14,15,18,1,2,3,6,7,8,9,10,11,12,13]))),Sh=({onChange:e,readOnly:t=!1,id:n,name:r=n,label:i,labelIcon:a,Label:o,field:s})=>{let c={onChange:e,content:$m(r),readOnly:t,field:s,id:n,name:r};return(0,B.jsx)(B.Fragment,{children:(0,B.jsx)(o,{label:i||r,icon:a||(0,B.jsx)(We,{size:16}),readOnly:t,el:`div`,children:(0,B.jsx)(z.Suspense,{fallback:(0,B.jsx)(bh,F({},c)),children:(0,B.jsx)(xh,F({},c))})})})};L(),L();var Ch=R(`ObjectField`,{ObjectField:`_ObjectField_c5reb_1`,"ObjectField-fieldset":`_ObjectField-fieldset_c5reb_10`}),wh=({field:e,onChange:t,id:n,name:r=n,label:i,labelIcon:a,Label:o,readOnly:s})=>{let{localName:c=r}=Wm(),l=vm(),u=P(e=>e.permissions.getPermissions({item:e.selectedItem}).edit),d=()=>Km(l.getState(),r)??{};return e.type!==`object`||!e.objectFields?null:(0,B.jsx)(o,{label:i||r,icon:a||(0,B.jsx)(Ne,{size:16}),el:`div`,readOnly:s,children:(0,B.jsx)(`div`,{className:Ch(),children:(0,B.jsx)(`fieldset`,{className:Ch(`fieldset`),children:Object.keys(e.objectFields).map(i=>{let a=e.objectFields[i],o=`${c}.${i}`;return(0,B.jsx)(qm,{id:`${n}_${i}`,name:r,subName:i,localName:c,field:a,forceReadOnly:!u,onChange:(e,n,r)=>{let i=d();i[r]!==e&&t(I(F({},i),{[r]:e}),n)}},o)})})})})};L();var Th=()=>{if(z.useId!==void 0)return z.useId();let[e]=(0,z.useState)(he());return e},Eh=R(`Input`,lm),Dh=R(`InputWrapper`,lm),Oh={array:Qm,external:ph,object:wh,select:_h,textarea:yh,radio:hh,text:rh,number:rh,richtext:Sh};function kh(e){let t=P(e=>e.dispatch),n=P(e=>e.overrides),r=P(Zt(e=>e.selectedItem?.readOnly)),i=(0,z.useContext)(Um),{id:a,Label:o=fm}=e,s=e.field,c=s.label,l=s.labelIcon,u=Th(),d=a||u,f=(0,z.useMemo)(()=>I(F({},n.fieldTypes),{custom:n.fieldTypes?.custom,array:n.fieldTypes?.array||Oh.array,external:n.fieldTypes?.external||Oh.external,object:n.fieldTypes?.object||Oh.object,select:n.fieldTypes?.select||Oh.select,textarea:n.fieldTypes?.textarea||Oh.textarea,radio:n.fieldTypes?.radio||Oh.radio,text:n.fieldTypes?.text||Oh.text,number:n.fieldTypes?.number||Oh.number,richtext:n.fieldTypes?.richtext||Oh.richtext}),[n]),p=s.type===`custom`||!!n.fieldTypes?.[s.type],m=e.name??d,h=vm(),[g,_]=th(m,(0,z.useMemo)(()=>p?(t,n)=>{var r;(r=e.onChange)==null||r.call(e,t,n),h.setState(rm(h.getState(),m,t))}:e.onChange,[p,e.onChange,m,h]),{tracked:p}),v=(0,z.useMemo)(()=>I(F({},e),{field:s,label:c,labelIcon:l,Label:o,id:d,value:g,onChange:_}),[e,s,c,l,o,d,g,_]),y=(0,z.useCallback)(e=>{v.name&&(e.target.nodeName===`INPUT`||e.target.nodeName===`TEXTAREA`)&&(e.stopPropagation(),t({type:`setUi`,ui:{field:{focus:v.name}}}))},[v.name]),b=(0,z.useCallback)(e=>{`name`in e.target&&t({type:`setUi`,ui:{field:{focus:null}}})},[]),x=(0,z.useMemo)(()=>s.type!==`custom`&&s.type!==`slot`?Oh[s.type]:e=>null,[s.type]),S=s.type===`custom`?s.key:void 0,C=(0,z.useMemo)(()=>{if(s.type===`custom`&&!f[s.type])return s.render?s.render:null;if(s.type!==`slot`)return f[s.type]},[s.type,S,f]),{visible:w=!0}=e.field;if(!w||s.type===`slot`)return null;if(!C)throw Error(`Field type for ${s.type} did not exist.`);return(0,B.jsx)(Um.Provider,{value:{readOnlyFields:i.readOnlyFields||r||{},localName:i.localName??v.name},children:(0,B.jsx)(`div`,{className:Dh(),onFocus:y,onBlur:b,onClick:e=>{e.stopPropagation()},children:(0,B.jsx)(C,I(F({},v),{children:(0,B.jsx)(x,F({},v))}))})})}function Ah(e){return(0,B.jsx)(kh,F({},e))}function jh(e){var t=e,{value:n}=t,r=vt(t,[`value`]);let i=(0,z.useMemo)(()=>e=>(0,B.jsx)(`div`,I(F({},e),{className:Eh({readOnly:r.readOnly})})),[r.readOnly]),a=vm(),o=(0,z.useCallback)(e=>{r.id&&(a.setState({[r.id]:e}),r.onChange(e))},[a,r.onChange,r.id]);return(0,z.useEffect)(()=>{r.id&&a.setState({[r.id]:n})},[r.id,n,a]),(0,B.jsx)(kh,I(F({},r),{onChange:o,Label:i}))}function Mh(e){let t=Th();return e.field.type===`slot`?null:(0,B.jsx)(_m.Provider,{value:{[t]:e.value},children:(0,B.jsx)(jh,I(F({},e),{id:t}))})}L(),L(),L(),L();var Nh={DraggableComponent:`_DraggableComponent_1627v_1`,"DraggableComponent-overlayWrapper":`_DraggableComponent-overlayWrapper_1627v_6`,"DraggableComponent-overlay":`_DraggableComponent-overlay_1627v_6`,"DraggableComponent-loadingOverlay":`_DraggableComponent-loadingOverlay_1627v_38`,"DraggableComponent--hover":`_DraggableComponent--hover_1627v_54`,"DraggableComponent--isSelected":`_DraggableComponent--isSelected_1627v_72`,"DraggableComponent-actionsOverlay":`_DraggableComponent-actionsOverlay_1627v_89`,"DraggableComponent-actions":`_DraggableComponent-actions_1627v_89`,"DraggableComponent-actionsAction":`_DraggableComponent-actionsAction_1627v_111`};L();function Ph(e){let t={x:0,y:0},n=e;for(;n&&n!==document.documentElement;){let e=n.parentElement;e&&(t.x+=e.scrollLeft,t.y+=e.scrollTop),n=e}return t}L();var Fh=(0,z.createContext)(null),Ih=(0,z.createContext)(ve(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:()=>{},unregisterRootVirtualizer:()=>{},scrollToComponent:()=>!1}))),Lh=({children:e,store:t})=>(0,B.jsx)(Ih.Provider,{value:t,children:e}),Rh=({children:e,value:t})=>{let n=P(e=>e.dispatch),r=(0,z.useCallback)(e=>{n({type:`registerZone`,zone:e})},[n]),i=(0,z.useMemo)(()=>F({registerZone:r},t),[t]);return(0,B.jsx)(B.Fragment,{children:i&&(0,B.jsx)(Fh.Provider,{value:i,children:e})})};L();var zh=(e,t=[])=>{let n=M();return(0,z.useCallback)(()=>{let t=()=>{},r=n=>{n?e(!1):(setTimeout(()=>{e(!0)},0),t&&t())},i=n.getState().state.ui.isDragging;return r(i),i&&(t=n.subscribe(e=>e.state.ui.isDragging,e=>{r(e)})),t},[n,...t])};L(),L(),L();var Bh=()=>{if(typeof window>`u`)return;let e=document.querySelector(`#preview-frame`);return e?.tagName===`IFRAME`?e.contentDocument||document:e?.ownerDocument||document};L(),L();var Vh=e=>typeof CSS<`u`&&typeof CSS.escape==`function`?CSS.escape(e):e,Hh=e=>`[data-puck-component="${Vh(e)}"]`,Uh=e=>`[data-puck-dropzone="${Vh(e)}"]`,Wh={duration:250,easing:`ease`},Gh=10,Kh=e=>e.defaultView?.matchMedia(`(prefers-reduced-motion: reduce)`).matches??!1,qh=(e,{zones:t,itemId:n,targetZone:r,getExpectedOrder:i,initialExpectedOrder:a=[]},o)=>{let s=new Set(a),c=0,l=()=>{let a=e.querySelector(Uh(r)),u=i(),d=n??u.find(e=>!s.has(e)),f=d?a?.querySelector(`:scope > ${Hh(d)}:not([data-dnd-dragging]):not([data-dnd-placeholder])`)??null:null,p=a?Array.from(a.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>e.getAttribute(`data-puck-component`)):[],m=new Set(p),h=u.filter(e=>m.has(e)),g=p.length===h.length&&p.every((e,t)=>e===h[t]),_=t.every(t=>t===r||!d||!e.querySelector(`${Uh(t)} > ${Hh(d)}`));(!f||!g||!_)&&c<Gh?(c++,requestAnimationFrame(l)):o(f)};requestAnimationFrame(l)},Jh=(e,t)=>{let n={x:0,y:0,scaleX:1,scaleY:1},r=e.ownerDocument.defaultView?.frameElement;for(;r&&r!==t;){let e=r.getBoundingClientRect(),t=r.offsetWidth?e.width/r.offsetWidth:1,i=r.offsetHeight?e.height/r.offsetHeight:1;n.x+=e.left,n.y+=e.top,n.scaleX*=t,n.scaleY*=i,r=r.ownerDocument.defaultView?.frameElement}return n},Yh=(e,t)=>{let n=e.getBoundingClientRect();if(e.ownerDocument===t)return n;let r=Jh(e,t.defaultView?.frameElement??null);return{left:n.left*r.scaleX+r.x,top:n.top*r.scaleY+r.y,width:n.width*r.scaleX,height:n.height*r.scaleY}},Xh=({element:e,feedbackElement:t,placeholder:n,translate:r})=>{if(Kh(t.ownerDocument))return;let i=n??e,a={frameTransform:t.ownerDocument===i.ownerDocument?null:void 0},o=new Sc(t,a),s=new Sc(i,a),c=rc(Js(t).translate)??r,l={x:c.x-(o.center.x-s.center.x),y:c.y-(o.center.y-s.center.y)};return t.setAttribute(`data-dnd-dropping`,``),t.animate({translate:[`${c.x}px ${c.y}px 0`,`${l.x}px ${l.y}px 0`]},Wh).finished.catch(()=>void 0).then(()=>{t.removeAttribute(`data-dnd-dropping`)})},Zh=({feedbackElement:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=e.ownerDocument,a=Bh()??i;if(Kh(i))return;let o=e.getBoundingClientRect(),s=r(),c=e.cloneNode(!0);c.removeAttribute(`id`),c.removeAttribute(`popover`),c.removeAttribute(`data-puck-component`),c.removeAttribute(`data-puck-dnd`),c.removeAttribute(`data-dnd-dragging`),c.setAttribute(`inert`,`true`),Object.assign(c.style,{position:`fixed`,left:`${o.left}px`,top:`${o.top}px`,width:`${o.width}px`,height:`${o.height}px`,margin:`0`,overflow:`hidden`,pointerEvents:`none`,transform:`none`,transition:`none`,translate:`none`,zIndex:`2147483647`});let l=a.createElement(`style`);l.textContent=`
    ${t?`${Hh(t)} { visibility: hidden !important; }`:``}
    [data-puck-overlay] { opacity: 0 !important; }
  `,a.head.appendChild(l),i.body.appendChild(c);let u=()=>{c.remove(),l.remove()};qh(a,{zones:[n],itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:s},e=>{if(!e){u();return}let n=e.getAttribute(`data-puck-component`);!t&&n&&(l.textContent+=`
          ${Hh(n)} { visibility: hidden !important; }
        `);let r=Yh(e,i);c.animate({left:[`${o.left}px`,`${r.left}px`],top:[`${o.top}px`,`${r.top}px`],width:[`${o.width}px`,`${r.width}px`],height:[`${o.height}px`,`${r.height}px`]},I(F({},Wh),{fill:`forwards`})).finished.catch(()=>void 0).then(u)})},Qh=(e,t)=>{let n=e.source.manager?.dragOperation;if(!((n?.canceled??!1)||n?.target?.type===`void`)&&t)Zh(I(F({},t),{feedbackElement:e.feedbackElement}));else return Xh(e)};L();var $h=(e,t)=>e.indexes.zones[t]?.contentIds??[],eg=(e,t)=>{let n=M();return(0,z.useCallback)(r=>{let i=Object.values(e.getState().previewIndex??{}),a=t?i.find(e=>e?.props.id===t&&!e.ghost):i.find(e=>e?.type===`insert`),o=t?a?.linePlaceholder||a?.type===`insert`:!!a;return Qh(r,a&&o?{itemId:a.type===`move`?t:void 0,targetZone:a.zone,getExpectedOrder:()=>$h(n.getState().state,a.zone)}:void 0)},[n,e,t])};L();function tg(e,t){typeof e==`function`?e(t):e&&typeof e==`object`&&`current`in e&&(e.current=t)}function ng(e,t){e.forEach(e=>{tg(e,t)})}var rg=R(`DraggableComponent`,Nh),ig=100,ag=8,og=ag*6.5,sg=-(og-8),cg=ag,lg=({label:e,children:t,parentAction:n})=>(0,B.jsxs)(Qe,{children:[(0,B.jsxs)(Qe.Group,{children:[n,e&&(0,B.jsx)(Qe.Label,{label:e})]}),(0,B.jsx)(Qe.Group,{children:t})]}),ug=({children:e})=>(0,B.jsx)(B.Fragment,{children:e}),dg=({children:e,depth:t,componentType:n,id:r,index:i,zoneCompound:a,isLoading:o=!1,isSelected:s=!1,debug:c,label:l,autoDragAxis:u,userDragAxis:d,inDroppableZone:f=!0,itemRef:p})=>{let m=P(e=>e.selectedItem?.props.id===r?e.zoomConfig.zoom:1),h=P(e=>e._experimentalFullScreenCanvas),g=P(e=>e.overrides),_=P(e=>e.dispatch),v=P(e=>e.iframe),y=(0,z.useRef)(0),b=(0,z.useContext)(Fh),[x,S]=(0,z.useState)({}),C=(0,z.useCallback)((e,t)=>{var n;(n=b?.registerLocalZone)==null||n.call(b,e,t),S(n=>I(F({},n),{[e]:t}))},[S]),w=(0,z.useCallback)(e=>{var t;(t=b?.unregisterLocalZone)==null||t.call(b,e),S(t=>{let n=F({},t);return delete n[e],n})},[S]),T=Object.values(x).filter(Boolean).length>0,E=P(Zt(e=>e.state.indexes.nodes[r]?.path)),D=P(Zt(e=>{let t=_e({index:i,zone:a},e.state);return e.permissions.getPermissions({item:t})})),O=(0,z.useContext)(Ih),ee=M(),[te,ne]=(0,z.useState)(d||u),re=(0,z.useMemo)(()=>Rm(te),[te]),ie=eg(O,r),{ref:ae,isDragging:k,sortable:oe}=Qp({id:r,index:i,group:a,type:`component`,data:{areaId:b?.areaId,zone:a,index:i,componentType:n,containsActiveZone:T,depth:t,path:E||[],inDroppableZone:f},collisionPriority:t,collisionDetector:re,transition:{duration:200,easing:`cubic-bezier(0.2, 0, 0, 1)`},plugins:e=>[...e,pu.configure({feedback:`clone`,dropAnimation:ie})]});(0,z.useEffect)(()=>{let e=O.getState().enabledIndex[a];oe.droppable.disabled=!e,oe.draggable.disabled=!D.drag;let t=O.subscribe(e=>{oe.droppable.disabled=!e.enabledIndex[a]});return A.current&&!D.drag?(A.current.setAttribute(`data-puck-disabled`,``),()=>{var e;(e=A.current)==null||e.removeAttribute(`data-puck-disabled`),t()}):t},[D.drag,a]);let[,se]=(0,z.useState)(0),A=(0,z.useRef)(null),ce=(0,z.useCallback)(e=>{ae(e),A.current!==e&&(A.current=e,se(e=>e+1),p&&ng([p],e))},[p,ae]),[le,ue]=(0,z.useState)();(0,z.useEffect)(()=>{ue(v.enabled?A.current?.ownerDocument.body:A.current?.closest(`[data-puck-preview]`)??document.body)},[v.enabled]);let de=(0,z.useCallback)(()=>{if(!A.current)return;let e=A.current,t=e.getBoundingClientRect(),n=v.enabled?null:e.closest(`[data-puck-preview]`),r=(()=>{let t=e;for(;t&&t!==document.documentElement;){if(getComputedStyle(t).position===`fixed`)return!0;t=t.parentElement}return!1})(),i=n?.getBoundingClientRect(),a=n?Ph(n):{x:0,y:0},o=r?{x:0,y:0}:Ph(e),s=r?{x:0,y:0}:{x:o.x-a.x-(i?.left??0),y:o.y-a.y-(i?.top??0)};return{left:`${t.left+s.x}px`,top:`${t.top+s.y}px`,height:`${t.height}px`,width:`${t.width}px`,position:r?`fixed`:void 0}},[v.enabled]),[fe,pe]=(0,z.useState)(),me=(0,z.useRef)(null),he=(0,z.useRef)(null),ge=(0,z.useCallback)(()=>{pe(de()),p&&ng([p],A.current)},[de,p]),ve=(0,z.useCallback)(()=>{he.current??=requestAnimationFrame(()=>{he.current=null,ge()})},[ge]);(0,z.useEffect)(()=>()=>{he.current!=null&&(cancelAnimationFrame(he.current),he.current=null)},[]),(0,z.useEffect)(()=>{if(A.current){let e=new ResizeObserver(()=>{ve()});return e.observe(A.current),()=>{e.disconnect()}}},[ve,p]);let ye=P(e=>e.nodes.registerNode),be=P(e=>e.nodes.unregisterNode),xe=(0,z.useCallback)(()=>{Pe(!1)},[]),Se=(0,z.useCallback)(()=>{Pe(!0)},[]),Ce=(0,z.useRef)({sync:()=>null,hideOverlay:()=>null,showOverlay:()=>null});(0,z.useLayoutEffect)(()=>{Ce.current.sync=ge,Ce.current.hideOverlay=xe,Ce.current.showOverlay=Se},[xe,Se,ge]),(0,z.useEffect)(()=>(ye(r,Ce.current),()=>{be(r)}),[r,ye,be]);let we=(0,z.useMemo)(()=>g.actionBar||lg,[g.actionBar]),Te=(0,z.useMemo)(()=>g.componentOverlay||ug,[g.componentOverlay]),Ee=(0,z.useCallback)(e=>{O.getState().draggedItem||(e.target.closest(`[data-puck-overlay-portal]`)||e.stopPropagation(),_(h?{type:`setUi`,ui:{itemSelector:s?null:{index:i,zone:a}}}:{type:`setUi`,ui:{itemSelector:{index:i,zone:a}}}))},[i,a,r,s,h]),De=(0,z.useCallback)(()=>{let{nodes:e,zones:t}=ee.getState().state.indexes,n=e[r],i=n?.parentId?e[n?.parentId]:null;if(!i||!n.parentId)return;let a=`${i.parentId}:${i.zone}`,o=t[a].contentIds.indexOf(n.parentId);_({type:`setUi`,ui:{itemSelector:{zone:a,index:o}}})},[b,E]),Oe=(0,z.useCallback)(()=>{_({type:`duplicate`,sourceIndex:i,sourceZone:a})},[i,a]),ke=(0,z.useCallback)(()=>{_({type:`remove`,index:i,zone:a})},[i,a]),[Ae,je]=(0,z.useState)(!1),Me=mm(Ih,e=>e.hoveringComponent===r);(0,z.useEffect)(()=>{if(!A.current)return;let e=A.current,t=e=>{O.getState().draggedItem?je(!!k):je(!0),e.stopPropagation()},n=e=>{e.stopPropagation(),je(!1)};return e.setAttribute(`data-puck-component`,r),e.setAttribute(`data-puck-dnd`,r),e.style.position=`relative`,e.addEventListener(`click`,Ee),e.addEventListener(`mouseover`,t),e.addEventListener(`mouseout`,n),()=>{e.removeAttribute(`data-puck-component`),e.removeAttribute(`data-puck-dnd`),e.removeEventListener(`click`,Ee),e.removeEventListener(`mouseover`,t),e.removeEventListener(`mouseout`,n)}},[A.current,Ee,T,a,r,k,f]);let[Ne,Pe]=(0,z.useState)(!1),[Fe,Ie]=(0,z.useState)(!0),[Le,Re]=(0,z.useTransition)();(0,z.useEffect)(()=>{Re(()=>{Ae||Me||s?(ve(),Pe(!0),Be(!1)):Pe(!1)})},[Ae,Me,s,v]);let[ze,Be]=(0,z.useState)(!1),Ue=zh(e=>{e?Re(()=>{ge(),Ie(!0)}):Ie(!1)});(0,z.useEffect)(()=>{k&&Be(!0)},[k]),(0,z.useEffect)(()=>{if(ze)return Ue()},[ze,Ue]),(0,z.useEffect)(()=>{if(!Fe||!(s||k))return;let e=A.current;if(!e)return;let t=e.ownerDocument,n=t.defaultView;if(!n)return;y.current=0,ve();let r=()=>ve(),i=()=>ve();t.addEventListener(`scroll`,r,!0),n.addEventListener(`resize`,i);let a=0,o=e=>{if(e-y.current>=ig){y.current=e;let t=A.current;if(t){let e=t.getBoundingClientRect(),n=me.current;(!n||Math.abs(e.x-n.x)>.5||Math.abs(e.y-n.y)>.5||Math.abs(e.width-n.width)>.5||Math.abs(e.height-n.height)>.5)&&(me.current=e,ve())}}a=requestAnimationFrame(o)};return a=requestAnimationFrame(o),()=>{t.removeEventListener(`scroll`,r,!0),n.removeEventListener(`resize`,i),cancelAnimationFrame(a)}},[Fe,s,k,ve]);let We=(0,z.useCallback)(e=>{if(e&&e.ownerDocument.defaultView){let t=e.getBoundingClientRect(),n=t.x<0,r=t.y<0;n&&(e.style.transformOrigin=`left top`,e.style.left=`0px`),r&&(e.style.top=`12px`,n||(e.style.transformOrigin=`right top`))}},[m]),Ge=(0,z.useRef)(null);(0,z.useEffect)(()=>{We(Ge.current)},[Ge.current,We]),(0,z.useEffect)(()=>{if(d)ne(d);else{if(A.current){let e=window.getComputedStyle(A.current);if(e.display===`inline`||e.display===`inline-block`){ne(`x`);return}}ne(u)}},[A,d,u]);let Ke=N(`action-selectparent`),qe=N(`action-duplicate`),Je=N(`action-delete`),Ye=(0,z.useMemo)(()=>b?.areaId&&b?.areaId!==`root`&&(0,B.jsx)(Qe.Action,{onClick:De,label:Ke,children:(0,B.jsx)(Ve,{size:16})}),[b?.areaId,Ke]),Xe=(0,z.useMemo)(()=>I(F({},b),{areaId:r,zoneCompound:a,index:i,depth:t+1,registerLocalZone:C,unregisterLocalZone:w}),[b,r,a,i,t,C,w]),Ze=P(e=>e.currentRichText?.inlineComponentId===r?e.currentRichText:null),$e=D.duplicate||D.delete;return(0,B.jsxs)(Rh,{value:Xe,children:[Fe&&Ne&&(0,kt.createPortal)((0,B.jsxs)(`div`,{className:rg({isSelected:s,isDragging:k,hover:Ae||Me}),style:F({},fe),"data-puck-overlay":!0,children:[c,o&&(0,B.jsx)(`div`,{className:rg(`loadingOverlay`),children:(0,B.jsx)(j,{})}),(0,B.jsx)(`div`,{className:rg(`actionsOverlay`),style:{top:og/m},children:(0,B.jsx)(`div`,{className:rg(`actions`),style:{transform:`scale(${1/m}`,top:sg/m,right:0,paddingLeft:cg,paddingRight:cg},ref:Ge,children:(0,B.jsxs)(we,{parentAction:Ye,label:l,children:[Ze&&(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(Ot,{editor:Ze.editor,field:Ze.field,inline:!0,readOnly:!1}),$e&&(0,B.jsx)(Qe.Separator,{})]}),D.duplicate&&(0,B.jsx)(Qe.Action,{onClick:Oe,label:qe,children:(0,B.jsx)(He,{className:rg(`actionsAction`)})}),D.delete&&(0,B.jsx)(Qe.Action,{onClick:ke,label:Je,children:(0,B.jsx)(it,{className:rg(`actionsAction`)})})]})})}),(0,B.jsx)(`div`,{className:rg(`overlayWrapper`),children:(0,B.jsx)(Te,{componentId:r,componentType:n,hover:Ae,isSelected:s,children:(0,B.jsx)(`div`,{className:rg(`overlay`)})})})]}),le||document.body),e(ce)]})};L();var fg={DropZone:`_DropZone_wc2ks_1`,"DropZone--hasChildren":`_DropZone--hasChildren_wc2ks_11`,"DropZone--isAreaSelected":`_DropZone--isAreaSelected_wc2ks_24`,"DropZone--hoveringOverArea":`_DropZone--hoveringOverArea_wc2ks_25`,"DropZone--isRootZone":`_DropZone--isRootZone_wc2ks_25`,"DropZone-item":`_DropZone-item_wc2ks_39`,"DropZone-linePlaceholder":`_DropZone-linePlaceholder_wc2ks_43`,"DropZone-hitbox":`_DropZone-hitbox_wc2ks_55`,"DropZone--isEnabled":`_DropZone--isEnabled_wc2ks_63`,"DropZone--isAnimating":`_DropZone--isAnimating_wc2ks_74`};L();var pg=(e,{allow:t,disallow:n})=>{if(!e)return!0;let r=new Set(t),i=new Set(n);return n?(i.has(e)&&r.has(e)&&i.delete(e),!i.has(e)):!t||r.has(e)};L(),L();var mg={Drawer:`_Drawer_1n90m_1`,"Drawer-draggable":`_Drawer-draggable_1n90m_8`,"Drawer-draggableBg":`_Drawer-draggableBg_1n90m_12`,"DrawerItem-draggable":`_DrawerItem-draggable_1n90m_22`,"DrawerItem--disabled":`_DrawerItem--disabled_1n90m_38`,DrawerItem:`_DrawerItem_1n90m_22`,"Drawer--isDraggingFrom":`_Drawer--isDraggingFrom_1n90m_48`,"DrawerItem-name":`_DrawerItem-name_1n90m_72`};L(),L(),L();function hg(e,t){let n=setTimeout(e,t);return()=>clearTimeout(n)}function gg(e,t){let n=()=>performance.now(),r,i=0;return function(...a){let o=n(),s=this;o-i>=t?(e.apply(s,a),i=o):(r?.(),r=hg(()=>{e.apply(s,a),i=n()},t-(o-i)))}}L();var _g=class{constructor(e,t){this.scaleFactor=1,this.frameEl=null,this.frameRect=null,this.target=e,this.original=t,this.frameEl=document.querySelector(`iframe#preview-frame`),this.frameEl&&(this.frameRect=this.frameEl.getBoundingClientRect(),this.scaleFactor=this.frameRect.width/(this.frameEl.contentWindow?.innerWidth||1))}get x(){return this.original.x}get y(){return this.original.y}get global(){return document!==this.target.ownerDocument&&this.frameRect?{x:this.x*this.scaleFactor+this.frameRect.left,y:this.y*this.scaleFactor+this.frameRect.top}:this.original}get frame(){return document===this.target.ownerDocument&&this.frameRect?{x:(this.x-this.frameRect.left)/this.scaleFactor,y:(this.y-this.frameRect.top)/this.scaleFactor}:this.original}};L();var vg=typeof PointerEvent<`u`?PointerEvent:Event,yg=class extends vg{constructor(e,t){super(e,t),this._originalTarget=null,this.originalTarget=t.originalTarget}set originalTarget(e){this._originalTarget=e}get originalTarget(){return this._originalTarget}},bg=e=>e.sort((e,t)=>{let n=e.data,r=t.data;return n.depth>r.depth?1:r.depth>n.depth?-1:0}),xg=e=>{let t=e?.id;if(!e)return null;if(e.type===`component`){let n=e.data;t=n.containsActiveZone?null:n.zone}else if(e.type===`void`)return`void`;return t},Sg=6,Cg=(e,t)=>{let n=[],r=e.target.ownerDocument.elementsFromPoint(e.x,e.y),i=r.find(e=>e.getAttribute(`data-puck-preview`)),a=r.find(e=>e.getAttribute(`data-puck-drawer`));if(a&&(r=[a]),i){let t=Bh();t&&(r=t.elementsFromPoint(e.frame.x,e.frame.y))}if(r)for(let i=0;i<r.length;i++){let a=r[i],o=a.getAttribute(`data-puck-dropzone`),s=a.getAttribute(`data-puck-dnd`),c=a.hasAttribute(`data-puck-dnd-void`);if(Sg&&(o||s)&&!c){let t=a.getBoundingClientRect(),n={left:t.left+Sg,right:t.right-Sg,top:t.top+Sg,bottom:t.bottom-Sg};if(e.frame.x<n.left||e.frame.x>n.right||e.frame.y>n.bottom||e.frame.y<n.top)continue}if(o){let e=t.registry.droppables.get(o);e&&n.push(e)}if(s){let e=t.registry.droppables.get(s);e&&n.push(e)}}return n},wg=(e,t)=>{let n=Cg(e,t);if(n.length>0){let e=bg(n),r=t.dragOperation.source,i=e.findIndex(e=>e.id===r?.id),a=r?.id,o=[...e];a&&i>-1&&o.splice(i,1),o=o.filter(e=>{let t=e.data;if(a&&i>-1&&t.path.indexOf(a)>-1)return!1;if(e.type===`dropzone`){let t=e.data;if(!t.isDroppableTarget||t.areaId===a)return!1}else if(e.type===`component`&&!e.data.inDroppableZone)return!1;return!0}),o.reverse();let s=o[0];if(!s)return{zone:null,area:null};let c=s.data,l=`containsActiveZone`in c;return{zone:xg(s),area:l&&c.containsActiveZone?o[0].id:o[0]?.data.areaId}}return{zone:ce,area:Oe}},Tg=({onChange:e},t)=>class extends Ri{constructor(n,r){super(n),typeof window<`u`&&this.registerEffect(()=>{let r=gg(r=>{let i=new _g(r instanceof yg&&r.originalTarget||r.target,{x:r.clientX,y:r.clientY});document.elementsFromPoint(i.global.x,i.global.y).some(e=>e.id===t)&&e(wg(i,n),n)},50),i=e=>{r(e)};return document.body.addEventListener(`pointermove`,i,{capture:!0}),()=>{document.body.removeEventListener(`pointermove`,i,{capture:!0})}})}};L();var Eg=({zones:e,itemId:t,targetZone:n,getExpectedOrder:r})=>{let i=Bh();if(!i||Kh(i))return()=>{};let a=Array.from(new Set(e)).map(e=>`${Uh(e)} > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`).join(`, `),o=()=>{let e=new Map;return i.querySelectorAll(a).forEach(n=>{let r=n.getAttribute(`data-puck-component`);r&&r!==t&&e.set(r,{el:n,rect:n.getBoundingClientRect()})}),e},s=o(),c=r();return()=>{qh(i,{zones:e,itemId:t,targetZone:n,getExpectedOrder:r,initialExpectedOrder:c},()=>{o().forEach(({el:e,rect:t},n)=>{let r=s.get(n)?.rect;if(!r)return;let i=r.x-t.x,a=r.y-t.y;Math.abs(i)<1&&Math.abs(a)<1||e.animate({translate:[`${i}px ${a}px 0`,`0px 0px 0`]},Wh)})})}};L();var Dg=(e,{isDraggingBetweenSlots:t=!1,isNewComponent:n=!1}={})=>e===`auto`?t||n?`static`:`fluid`:e;L(),L(),L();var Og=(e,t)=>{let n=e.indexes.nodes[t];if(!n)return;let r=`${n.parentId}:${n.zone}`;return{zone:r,index:e.indexes.zones[r].contentIds.indexOf(t)}};function kg(e,t,n=`force`,r=!1,i){return _t(this,null,function*(){let a=yield t().resolveComponentData(e,n);if(!a.didChange&&!r)return;let o=Og(t().state,a.node.props.id);o?t().dispatch({type:`replace`,data:se(a.node),destinationIndex:o.index,destinationZone:o.zone,ui:i}):console.warn(`Warning: Could not find component with id "${e.props.id}" to resolve its data. Component may have been removed or the id is invalid.`)})}var Ag=(e,t,n,r)=>_t(null,null,function*(){let{getState:i}=r,a={type:`insert`,componentType:e,destinationIndex:n,destinationZone:t,id:he(e)},o=i().state,s=k(o,a,i()),c=i().dispatch;c(I(F({},a),{recordHistory:!0}));let l={index:n,zone:t};c({type:`setUi`,ui:{itemSelector:l}});let u=_e(l,s);u&&(yield kg(u,i,`insert`))});L();var jg=(e,t,n,r)=>_t(null,null,function*(){let i=r.getState().dispatch;i({type:`move`,sourceIndex:t.index,sourceZone:t.zone??ce,destinationIndex:n.index,destinationZone:n.zone??ce,recordHistory:!1});let a=r.getState().state.indexes.nodes[e]?.data;a&&(yield kg(a,r.getState,`move`))});L();function Mg(e){function t(e){return e?e.getAttribute(`dir`)||t(e.parentElement):`ltr`}return e?t(e):`ltr`}L(),L(),L();var Ng=(e,t,n)=>Math.max(t,Math.min(n,e)),Pg=(e,t)=>{let n=Ng(e.x,Math.min(t.x1,t.x2),Math.max(t.x1,t.x2)),r=Ng(e.y,Math.min(t.y1,t.y2),Math.max(t.y1,t.y2));return Math.hypot(e.x-n,e.y-r)};L();var Fg=e=>{let t=e.replace(/\[[^\]]*\]/g,` `).trim();return t&&t!==`none`?t.split(/\s+/).length:0},Ig=(e,t,n=t.getComputedStyle(e))=>{let r=n.display,i=Mg(e)===`rtl`;if(r===`flex`||r===`inline-flex`){let e=n.flexDirection;if(e.startsWith(`row`)){let t=e===`row-reverse`;return{axis:`x`,reversed:i?!t:t}}return{axis:`y`,reversed:e===`column-reverse`}}return(r===`grid`||r===`inline-grid`)&&(n.gridAutoFlow.startsWith(`column`)||Fg(n.gridTemplateColumns)>1)?{axis:`x`,reversed:i}:{axis:`y`,reversed:!1}},Lg=({axis:e,reversed:t})=>{let n=e===`x`,r=t?-1:1;return{horizontal:n,reversed:t,forward:r,start:e=>n?t?e.right:e.left:t?e.bottom:e.top,end:e=>n?t?e.left:e.right:t?e.top:e.bottom,isBefore:(e,t)=>r>0?e<=t:e>=t}},Rg=(e,t,n)=>{let r=e.ownerDocument.defaultView;if(!r)return null;let i=new Map(n.map((e,t)=>[e,t])),a=Array.from(e.querySelectorAll(`:scope > [data-puck-component]:not([data-dnd-dragging]):not([data-dnd-placeholder])`)).map(e=>({index:i.get(e.getAttribute(`data-puck-component`)??``)??-1,el:e})).filter(e=>e.index!==-1).sort((e,t)=>e.index-t.index).map(({index:e,el:t})=>({index:e,rect:t.getBoundingClientRect()}));if(a.length===0)return 0;let{horizontal:o,reversed:s,start:c,end:l}=Lg(Ig(e,r)),u=(e,t,n,r=[n])=>{let i=1/0,a=-1/0;for(let e of r)i=Math.min(i,o?e.top:e.left),a=Math.max(a,o?e.bottom:e.right);return o?{index:e,x1:t,x2:t,y1:n.top,y2:n.bottom,laneStart:i,laneEnd:a}:{index:e,x1:n.left,x2:n.right,y1:t,y2:t,laneStart:i,laneEnd:a}},d=[],f=(e,t,n)=>{let r=n===`before`?c(t):l(t);return u(e,r,t)};for(let e=0;e<=a.length;e++){let t=a[e-1],n=a[e];if(!n)d.push(f(t.index+1,t.rect,`after`));else if(!t)d.push(f(n.index,n.rect,`before`));else if(n.index-t.index>1)d.push(f(t.index+1,t.rect,`after`)),d.push(f(n.index,n.rect,`before`));else if(s?l(t.rect)<c(n.rect):l(t.rect)>c(n.rect))d.push(f(n.index,n.rect,`before`)),d.push(f(n.index,t.rect,`after`));else{let e=(l(t.rect)+c(n.rect))/2;d.push(u(n.index,e,n.rect,[t.rect,n.rect]))}}let p=o?t.y:t.x,m=null,h=1/0,g=null,_=1/0;for(let e of d){let n=Pg(t,e);n<h&&(h=n,m=e),p>=e.laneStart&&p<=e.laneEnd&&n<_&&(_=n,g=e)}return(g??m)?.index??null};L();var zg=(e,t)=>{let n=document.querySelector(`iframe#preview-frame`);if(!n||e.ownerDocument!==n.contentDocument)return t;let r=n.getBoundingClientRect(),i=r.width/(n.contentWindow?.innerWidth||1);return i>0?{x:(t.x-r.left)/i,y:(t.y-r.top)/i}:t},Bg=e=>{let t=M(),n=(0,z.useRef)(null),r=(0,z.useCallback)(e=>{let t=Bh()?.querySelector(`[data-puck-entry]`);e?t?.setAttribute(`data-puck-line-drag`,`true`):t?.removeAttribute(`data-puck-line-drag`)},[]),i=(0,z.useCallback)((e,n)=>{let r=Bh()?.querySelector(Uh(e));return r?Rg(r,zg(r,n.dragOperation.position.current),$h(t.getState().state,e)):null},[t]),a=(0,z.useCallback)(n=>{let{previewIndex:r={}}=e.getState(),i=Object.values(r).find(e=>e?.linePlaceholder);if(!i)return;let a=Bh()?.querySelector(Uh(i.zone));if(!a)return;let o=zg(a,n.dragOperation.position.current),s=a.getBoundingClientRect();if(!(o.x>=s.left&&o.x<=s.right&&o.y>=s.top&&o.y<=s.bottom))return;let c=Rg(a,o,$h(t.getState().state,i.zone));c!==null&&c!==i.index&&e.setState({previewIndex:I(F({},r),{[i.zone]:I(F({},i),{index:c})})})},[t,e]),o=(0,z.useCallback)(()=>{var e;(e=n.current)==null||e.call(n),n.current=null},[]),s=(0,z.useCallback)(e=>{o();let t=Bh();if(!t)return;let r=null,i=()=>{r===null&&(r=requestAnimationFrame(()=>{r=null,a(e)}))};t.addEventListener(`scroll`,i,{capture:!0,passive:!0}),n.current=()=>{r!==null&&cancelAnimationFrame(r),t.removeEventListener(`scroll`,i,{capture:!0})}},[o,a]);return(0,z.useEffect)(()=>o,[o]),{getTargetIndex:i,setActive:r,startScrollTracking:s,stopScrollTracking:o,update:a}},Vg=(0,z.createContext)({dragListeners:{}});function Hg(e,t,n=[]){let{setDragListeners:r}=(0,z.useContext)(Vg);(0,z.useEffect)(()=>{r&&r(n=>I(F({},n),{[e]:[...n[e]||[],t]}))},n)}var Ug=100,Wg=e=>{let t=(0,z.useRef)(null);return(0,z.useCallback)(n=>{Im.setState({fallbackEnabled:!1});let r=he();t.current=r,setTimeout(()=>{t.current===r&&(Im.setState({fallbackEnabled:!0}),n.collisionObserver.forceUpdate(!0))},e)},[])},Gg=({children:e,disableAutoScroll:t,behavior:n=`auto`})=>{let r=P(e=>e.dispatch),i=P(e=>e.instanceId),a=M(),o=(0,z.useRef)(null),s=Wg(100),[c]=(0,z.useState)(()=>{let e=new Map;return ve(()=>({zoneDepthIndex:{},nextZoneDepthIndex:{},areaDepthIndex:{},nextAreaDepthIndex:{},draggedItem:null,previewIndex:{},enabledIndex:{},hoveringComponent:null,registerRootVirtualizer:(t,n)=>{e.set(t,n)},unregisterRootVirtualizer:t=>{e.delete(t)},scrollToComponent:t=>{let n=Array.from(e.values());if(n.length>0)for(let e of n){let n=e.resolveIndex(t);n<0||e.virtualizer.scrollToIndex(n,{behavior:`auto`,align:`auto`})}else(Bh()?.querySelector(Hh(t)))?.scrollIntoView({behavior:`smooth`})}}))}),l=(0,z.useCallback)(e=>{let{zoneDepthIndex:t={},areaDepthIndex:n={}}=c.getState()||{},r=Object.keys(t).length>0,i=Object.keys(n).length>0,a=!1,o=!1;return(e.zone&&!t[e.zone]||!e.zone&&r)&&(a=!0),(e.area&&!n[e.area]||!e.area&&i)&&(o=!0),{zoneChanged:a,areaChanged:o}},[c]),u=(0,z.useCallback)((e,t)=>{let{zoneChanged:n,areaChanged:r}=l(e);(n||r)&&(c.setState({zoneDepthIndex:e.zone?{[e.zone]:!0}:{},areaDepthIndex:e.area?{[e.area]:!0}:{}}),s(t),setTimeout(()=>{t.collisionObserver.forceUpdate(!0)},50),o.current=null)},[c]),d=At(u,Ug),f=()=>{d.cancel(),o.current=null};(0,z.useEffect)(()=>{},[]);let[p]=(0,z.useState)(()=>[...t?fd.plugins.filter(e=>e!==zu):fd.plugins,Tg({onChange:(e,t)=>{let n=c.getState(),{zoneChanged:r,areaChanged:i}=l(e),a=t.dragOperation.status.dragging;if(i||r){let t={},n={};e.zone&&(t={[e.zone]:!0}),e.area&&(n={[e.area]:!0}),c.setState({nextZoneDepthIndex:t,nextAreaDepthIndex:n})}if(e.zone!==`void`&&n?.zoneDepthIndex.void)u(e,t);else if(i){if(a){let n=o.current;n&&n.area===e.area&&n.zone===e.zone||(f(),d(e,t),o.current=e)}else f(),u(e,t)}else r&&u(e,t),f()}},i)]),m=Em(),[h,g]=(0,z.useState)({}),_=(0,z.useRef)(null),v=(0,z.useRef)(void 0),{getTargetIndex:y,setActive:b,startScrollTracking:x,stopScrollTracking:S,update:C}=Bg(c),w=(0,z.useMemo)(()=>({mode:`edit`,areaId:`root`,depth:0}),[]);return(0,B.jsx)(Vg.Provider,{value:{dragListeners:h,setDragListeners:g},children:(0,B.jsx)(ef,{plugins:p,sensors:m,onDragEnd:(e,t)=>{S(),(Bh()?.querySelector(`[data-puck-entry]`))?.removeAttribute(`data-puck-dragging`);let{source:n,target:i}=e.operation;if(!n){b(!1),c.setState({draggedItem:null});return}let{zone:o,index:s}=n.data,{previewIndex:l={}}=c.getState()||{},u=Object.values(l).find(e=>e?.props.id===n.id&&!e.ghost)??null,d=!e.canceled&&i?.type!==`void`&&u?.linePlaceholder?Eg({zones:v.current?[v.current.zone,u.zone]:[u.zone],itemId:u.type===`move`?u.props.id:void 0,targetZone:u.zone,getExpectedOrder:()=>$h(a.getState().state,u.zone)}):null,f=()=>{var n,l;if(b(!1),c.setState({draggedItem:null}),e.canceled||i?.type===`void`){c.setState({previewIndex:{}}),(n=h.dragend)==null||n.forEach(n=>{n(e,t)}),r({type:`setUi`,ui:{itemSelector:null,isDragging:!1}});return}let f=u&&u.linePlaceholder&&v.current&&u.zone===v.current.zone&&u.index>v.current.index?u.index-1:u?.index??s;u&&(c.setState({previewIndex:{}}),u.type===`insert`?Ag(u.componentType,u.zone,u.index,a):v.current&&jg(u.props.id,v.current,I(F({},u),{index:f}),a),d?.());let p=v.current?.zone!==u?.zone||v.current?.index!==f;r({type:`setUi`,ui:{itemSelector:u?{index:f,zone:u.zone}:{index:s,zone:o},isDragging:!1},recordHistory:p}),(l=h.dragend)==null||l.forEach(n=>{n(e,t)})},p;p=xn(()=>{n.status===`idle`&&(f(),p?.())})},onDragMove:(e,t)=>{var n;C(t),(n=h.dragmove)==null||n.forEach(n=>{n(e,t)})},onDragOver:(e,t)=>{var r;if(e.preventDefault(),!c.getState()?.draggedItem)return;f();let{source:i,target:o}=e.operation;if(!o||!i||o.type===`void`)return;let[s]=i.id.split(`:`),[l]=o.id.split(`:`),u=i.data,d=u.zone,p=u.index,m=``,g=0;if(o.type===`component`){let e=o.data;m=e.zone;let n=t.collisionObserver.collisions[0]?.data;g=Bm({position:zm(n?.direction,Mg(o.element)),sourceIndex:p,targetIndex:e.index,isSameZone:d===m})}else m=o.id.toString(),g=0;let x=a.getState().state.indexes.nodes[o.id]?.path||[];if(!(l===s||x.find(e=>{let[t]=e.split(`:`);return t===s}))){if(_.current===`new`){let e=Dg(n,{isNewComponent:!0})===`static`;e&&(g=y(m,t)??g),b(e),c.setState({previewIndex:{[m]:{componentType:u.componentType,type:`insert`,index:g,zone:m,element:i.element,props:{id:i.id.toString()},linePlaceholder:e}}})}else{v.current||={zone:u.zone,index:u.index};let e=_e(v.current,a.getState().state);if(e){let r=v.current.zone,a=r!==m,o=Dg(n,{isDraggingBetweenSlots:a})===`static`;o&&(g=y(m,t)??g),b(o);let s={[m]:{componentType:u.componentType,type:`move`,index:g,zone:m,props:e.props,element:i.element,linePlaceholder:o}};if(o&&a){let t=c.getState().previewIndex[r],n=v.current.index;t&&!t.linePlaceholder&&(n=t.index),s[r]={componentType:u.componentType,type:`move`,index:n,zone:r,props:e.props,element:i.element,ghost:!0}}c.setState({previewIndex:s})}}(r=h.dragover)==null||r.forEach(n=>{n(e,t)})}},onDragStart:(e,t)=>{var r;n!==`fluid`&&x(t);let{source:i}=e.operation;if(i?.type===`component`){let e=i.data,t={zone:e.zone,index:e.index};v.current=t;let r=_e(t,a.getState().state);if(r){let t=Dg(n)===`static`;b(t),c.setState({previewIndex:{[e.zone]:{componentType:e.componentType,type:`move`,index:e.index,zone:e.zone,props:r.props,element:i.element,linePlaceholder:t}}})}}(r=h.dragstart)==null||r.forEach(n=>{n(e,t)})},onBeforeDragStart:e=>{let t=e.operation.source?.type===`drawer`;_.current=t?`new`:`existing`,v.current=void 0,c.setState({draggedItem:e.operation.source}),a.getState().selectedItem?.props.id===e.operation.source?.id?r({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}):r({type:`setUi`,ui:{itemSelector:null,isDragging:!0},recordHistory:!1}),(Bh()?.querySelector(`[data-puck-entry]`))?.setAttribute(`data-puck-dragging`,`true`),b(!1)},children:(0,B.jsx)(Lh,{store:c,children:(0,B.jsx)(Rh,{value:w,children:e})})})})},Kg=({children:e,disableAutoScroll:t,behavior:n})=>P(e=>e.status)===`LOADING`?e:(0,B.jsx)(Gg,{disableAutoScroll:t,behavior:n,children:e}),qg=R(`Drawer`,mg),Jg=R(`DrawerItem`,mg),Yg=({children:e,name:t,label:n,dragRef:r,isDragDisabled:i})=>{let a=(0,z.useMemo)(()=>e||(({children:e})=>(0,B.jsx)(`div`,{className:Jg(`default`),children:e})),[e]);return(0,B.jsx)(`div`,{className:Jg({disabled:i}),ref:r,onMouseDown:e=>e.preventDefault(),"data-testid":r?`drawer-item:${t}`:``,"data-puck-drawer-item":!0,children:(0,B.jsx)(a,{name:t,children:(0,B.jsx)(`div`,{className:Jg(`draggableWrapper`),children:(0,B.jsxs)(`div`,{className:Jg(`draggable`),children:[(0,B.jsx)(`div`,{className:Jg(`name`),children:n??t}),(0,B.jsx)(`div`,{className:Jg(`icon`),children:(0,B.jsx)(xm,{})})]})})})})},Xg=({children:e,name:t,label:n,id:r,isDragDisabled:i})=>{let a=eg((0,z.useContext)(Ih)),{ref:o}=af({id:r,data:{componentType:t},disabled:i,type:`drawer`,plugins:[pu.configure({dropAnimation:a})]});return(0,B.jsxs)(`div`,{className:qg(`draggable`),children:[(0,B.jsx)(`div`,{className:qg(`draggableBg`),children:(0,B.jsx)(Yg,{name:t,label:n,children:e})}),(0,B.jsx)(`div`,{className:qg(`draggableFg`),children:(0,B.jsx)(Yg,{name:t,label:n,dragRef:o,isDragDisabled:i,children:e})})]})},Zg=({name:e,children:t,id:n,label:r,index:i,isDragDisabled:a})=>{let o=n||e,[s,c]=(0,z.useState)(he(o));return i!==void 0&&console.error("Warning: The `index` prop on Drawer.Item is deprecated and no longer required."),Hg(`dragend`,()=>{c(he(o))},[o]),(0,B.jsx)(`div`,{children:(0,B.jsx)(Xg,{name:e,label:r,id:s,isDragDisabled:a,children:t})},s)},Qg=({children:e,droppableId:t,direction:n})=>{t&&console.error("Warning: The `droppableId` prop on Drawer is deprecated and no longer required."),n&&console.error("Warning: The `direction` prop on Drawer is deprecated and no longer required to achieve multi-directional dragging.");let r=Th(),{ref:i}=Ff({id:r,type:`void`,collisionPriority:0});return(0,B.jsx)(`div`,{className:qg(),ref:i,"data-puck-dnd":r,"data-puck-drawer":!0,"data-puck-dnd-void":!0,children:e})};Qg.Item=Zg,L();var $g=(e,t)=>e.getState().state.indexes.zones[t].contentIds.length,e_=({zoneCompound:e,userMinEmptyHeight:t,ref:n})=>{let r=M(),[i,a]=(0,z.useState)(0),[o,s]=(0,z.useState)(!1),{draggedItem:c,isZone:l}=mm(Ih,t=>({draggedItem:t.draggedItem?.data.zone===e?t.draggedItem:null,isZone:t.draggedItem?.data.zone===e})),u=(0,z.useRef)(0),d=zh(t=>{if(t){let t=$g(r,e);if(a(0),t||u.current===0){s(!1);return}let n=r.getState().selectedItem,i=r.getState().state.indexes.zones,o=r.getState().nodes;o.setOverlayVisible(n?.props.id,!1),setTimeout(()=>{let t=i[e]?.contentIds||[];o.syncNodes(t),n&&setTimeout(()=>{o.syncNode(n.props.id),o.setOverlayVisible(n.props.id,!0)},200),s(!1)},100)}},[r,i,e]);(0,z.useEffect)(()=>{if(c&&n.current&&l){let t=n.current.getBoundingClientRect();return u.current=$g(r,e),a(t.height),s(!0),d()}},[n.current,c,d]);let f=isNaN(Number(t))?t:`${t}px`;return[i?`${i}px`:f,o]};L(),L();function t_(e,t){let n=nf();return(0,z.useCallback)((...t)=>_t(null,null,function*(){return yield n?.renderer.rendering,e(...t)}),[...t,n])}var n_=(e,t)=>{let n=(0,z.useContext)(Ih),r=mm(Ih,e=>e.previewIndex[t]),i=P(e=>e.state.ui.isDragging),[a,o]=(0,z.useState)(e),[s,c]=(0,z.useState)(r),l=t_((e,t,n,r,i,a)=>{(!n||i)&&(t&&!t.linePlaceholder?o(be(e.filter(e=>e!==t.props.id),t.index,t.props.id)):o(i&&!a?e.filter(e=>e!==r):e),c(t))},[]);return(0,z.useEffect)(()=>{let t=n.getState(),a=t.draggedItem?.id,o=Object.values(t.previewIndex||{}),s=o.length>0,c=o.some(e=>e?.linePlaceholder);l(e,r,i,a,s,c)},[e,r,i]),[a,s]};L();var r_=`dynamic`,i_=`x`,a_=`y`,o_=(e,t)=>{let n=P(e=>e.status),[r,i]=(0,z.useState)(t||a_),a=(0,z.useCallback)(()=>{if(e.current){let t=window.getComputedStyle(e.current);t.display===`grid`?i(r_):t.display===`flex`&&t.flexDirection===`row`?i(i_):i(a_)}},[e.current]);return(0,z.useEffect)(()=>{let e=()=>{a()};return window.addEventListener(`viewportchange`,e),()=>{window.removeEventListener(`viewportchange`,e)}},[]),(0,z.useEffect)(a,[n,t]),[r,a]};L();var s_=({componentId:e,zone:t})=>{let n=P(e=>e.config),r=P(e=>e.metadata),i=P(Zt(n=>{let r=n.state.indexes;return(r.zones[`${e}:${t}`]?.contentIds??[]).map(e=>r.nodes[e].flatData)}));return(0,B.jsx)(Ut,{content:i,zone:t,config:n,metadata:r})};L();function c_(e,t,n,r,i){let a=(0,z.useRef)(null),o=(0,z.useRef)(null),s=(0,z.useRef)(t.props),c=(0,z.useMemo)(()=>Ft(n,r,i),[n,r,i]),l=(0,z.useMemo)(()=>{let n=(t.type===`root`?e.root:e.components?.[t.type])?.fields??{},r=a.current!==c,i,l=!1;if(!o.current||r)for(let e in t.props)n[e]?.type===`slot`&&(l=!0);else{i=[`id`];let e=new Set([...Object.keys(t.props),...Object.keys(o.current)]);for(let r of e)t.props[r]!==o.current[r]&&(i.push(r),n[r]?.type===`slot`&&(l=!0))}let u=ne(t,c,e,!1,l,i).props;return o.current=t.props,a.current=c,s.current=i?F(F({},s.current),u):u,s.current},[e,t,c]);return(0,z.useMemo)(()=>F(F({},t.props),l),[t.props,l])}L(),L(),L();var l_=(e,t={})=>{if(!e)return;let{disableDrag:n=!1,disableDragOnFocus:r=!0}=t,i=e=>{e.stopPropagation()};e.addEventListener(`mouseover`,i,{capture:!0});let a=()=>{setTimeout(()=>{e.addEventListener(`pointerdown`,i,{capture:!0})},200)},o=()=>{e.removeEventListener(`pointerdown`,i,{capture:!0})};return n?e.addEventListener(`pointerdown`,i,{capture:!0}):r&&(e.addEventListener(`focus`,a,{capture:!0}),e.addEventListener(`blur`,o,{capture:!0})),e.setAttribute(`data-puck-overlay-portal`,`true`),()=>{e.removeEventListener(`mouseover`,i,{capture:!0}),n?e.removeEventListener(`pointerdown`,i,{capture:!0}):r&&(e.removeEventListener(`focus`,a,{capture:!0}),e.removeEventListener(`blur`,o,{capture:!0})),e.removeAttribute(`data-puck-overlay-portal`)}};L();var u_=R(`InlineTextField`,{InlineTextField:`_InlineTextField_104qp_1`}),d_=(0,z.memo)(({propPath:e,componentId:t,value:n,isReadOnly:r,opts:i={}})=>{let a=(0,z.useRef)(null),o=M(),s=i.disableLineBreaks??!1;(0,z.useEffect)(()=>{let r=o.getState(),i=r.state.indexes.nodes[t].data;if(!r.getComponentConfig(i.type))throw Error(`InlineTextField Error: No config defined for ${i.type}`);if(a.current){let r=n??``;r!==a.current.innerText&&a.current.replaceChildren(r);let i=l_(a.current),c=n=>_t(null,null,function*(){let r=o.getState().state.indexes.nodes[t],i=n.target.innerText;s&&(i=i.replaceAll(/\n/gm,``));let a=rm(r.data.props,e,i);yield kg(I(F({},r.data),{props:a}),o.getState,`replace`,!0)});return a.current.addEventListener(`input`,c),()=>{var e;(e=a.current)==null||e.removeEventListener(`input`,c),i?.()}}},[o,a.current,n,s]);let[c,l]=(0,z.useState)(!1),[u,d]=(0,z.useState)(!1);return(0,B.jsx)(`span`,{className:u_(),ref:a,contentEditable:c||u?`plaintext-only`:`false`,onClick:e=>{e.preventDefault(),e.stopPropagation()},onClickCapture:e=>{e.preventDefault(),e.stopPropagation();let n=Og(o.getState().state,t);o.getState().setUi({itemSelector:n})},onKeyDown:e=>{e.stopPropagation(),(s&&e.key===`Enter`||r)&&e.preventDefault()},onKeyUp:e=>{e.stopPropagation(),e.preventDefault()},onMouseOverCapture:()=>l(!0),onMouseOutCapture:()=>l(!1),onFocus:()=>d(!0),onBlur:()=>d(!1)})}),f_=()=>({text:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,B.jsx)(d_,{propPath:r,componentId:t,value:e,opts:{disableLineBreaks:!0},isReadOnly:i}):e,textarea:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable?(0,B.jsx)(d_,{propPath:r,componentId:t,value:e,isReadOnly:i}):e,custom:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>n.contentEditable&&typeof e==`string`?(0,B.jsx)(d_,{propPath:r,componentId:t,value:e,isReadOnly:i}):e});L();var p_=(0,z.lazy)(()=>T(()=>import(`./Editor-44C53YAG-DehgcEq8.js`).then(e=>({default:e.Editor})),__vite__mapDeps([19,17,4,5,14,15,18,1,2,3,6,7,8,9,10,11,12,13]))),m_=(0,z.lazy)(()=>T(()=>import(`./Render-DQXAYUBI-D4ZF4_hy.js`).then(e=>({default:e.RichTextRender})),__vite__mapDeps([16,17,4,5,14,15,18]))),h_=(0,z.memo)(({value:e,componentId:t,propPath:n,field:r,id:i})=>{let a=(0,z.useRef)(null),o=M(),s=e=>{e.preventDefault(),e.stopPropagation()},c=e=>{e.preventDefault(),e.stopPropagation();let n=Og(o.getState().state,t);o.getState().setUi({itemSelector:n})};(0,z.useEffect)(()=>{if(!a.current)return;let e=l_(a.current,{disableDragOnFocus:!0});return()=>e?.()},[a.current]);let l=(0,z.useCallback)((e,r)=>_t(null,null,function*(){let i=o.getState().state.indexes.nodes[t],a=rm(i.data.props,n,e);yield kg(I(F({},i.data),{props:a}),o.getState,`replace`,!0,r)}),[o,t,n]),u=(0,z.useCallback)(e=>{o.setState({currentRichText:{inlineComponentId:t,inline:!0,field:r,editor:e,id:i}})},[r,t]);if(!r.contentEditable)return(0,B.jsx)(z.Suspense,{fallback:(0,B.jsx)(zt,{content:e}),children:(0,B.jsx)(m_,{content:e,field:r})});let d={content:e,onChange:l,field:r,inline:!0,onFocus:u,id:i,name:n};return(0,B.jsx)(`div`,{ref:a,onClick:s,onClickCapture:c,children:(0,B.jsx)(z.Suspense,{fallback:(0,B.jsx)(bh,F({},d)),children:(0,B.jsx)(p_,F({},d))})})});h_.displayName=`InlineEditorWrapper`;var g_=()=>({richtext:({value:e,componentId:t,field:n,propPath:r,isReadOnly:i})=>{let{contentEditable:a=!0,tiptap:o}=n;if(a===!1||i)return(0,B.jsx)(m_,{content:e,field:n});let s=`${t}_${n.type}_${r}`;return(0,B.jsx)(h_,{value:e,componentId:t,propPath:r,field:n,id:s},s)}});L(),L();function __(e,t,n=[]){if(Object.is(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t||Object.getPrototypeOf(e)!==Object.getPrototypeOf(t))return!1;let r=new Set(n),i=Object.keys(e).filter(e=>!r.has(e)),a=Object.keys(t).filter(e=>!r.has(e));if(i.length!==a.length)return!1;for(let n=0;n<i.length;n++){let r=i[n];if(!Object.prototype.hasOwnProperty.call(t,r))return!1;let a=e[r],o=t[r];if(!Object.is(a,o))return!1}return!0}var v_=(0,z.memo)(({Component:e,componentProps:t})=>(0,B.jsx)(e,F({},t)),(e,t)=>{let n=!0;return`puck`in e.componentProps&&`puck`in t.componentProps&&(n=Ke(e.componentProps.puck,t.componentProps.puck)),e.Component===t.Component&&__(e.componentProps,t.componentProps,[`puck`])&&n});L();var y_=5,b_=320,x_=new Map,S_=e=>x_.get(e)??b_,C_=(e,t)=>{t<=0||x_.set(e,t)},w_=({contentIds:e,zoneCompound:t,renderItem:n})=>{let r=P(e=>e.selectedItem?.props.id??null),i=Bh(),a=(0,z.useContext)(Ih),o=mm(Ih,e=>{let t=e.draggedItem?.id;return t?String(t):null}),s=mm(Ih,e=>{if(e.draggedItem?.id){let[t]=Object.entries(e.previewIndex??{}).find(([,e])=>!e?.ghost)??[];return t?.split(`:`)[0]}return null}),c=i?.defaultView,l=(0,z.useRef)(new Map),u=M(),d=(0,z.useCallback)(t=>{if(!t||t===`root`)return-1;let n=e.indexOf(t);if(n>-1)return n;let r=u.getState().state.indexes.nodes?.[t]?.path??[];for(let t=r.length-1;t>=0;--t){let n=r[t]?.split(`:`)[0];if(!n||n===`root`)continue;let i=e.indexOf(n);if(i>-1)return i}return-1},[u,e]),f=(0,z.useMemo)(()=>{let e=new Set;return[r,o,s].forEach(t=>{let n=d(t);n>-1&&e.add(n)}),Array.from(e).sort((e,t)=>e-t)},[s,o,d,r]),p=(0,z.useCallback)(e=>{let t=C(e);return f.forEach(e=>{t.includes(e)||t.push(e)}),t.sort((e,t)=>e-t),t},[f]),m=x({count:e.length,getItemKey:t=>e[t],estimateSize:t=>S_(e[t]),getScrollElement:()=>c??null,overscan:y_,observeElementRect:(e,t)=>c?v(e,t):S(e,t),observeElementOffset:(e,t)=>c?w(e,t):_(e,t),scrollToFn:(e,t,n)=>c?b(e,t,n):y(e,t,n),rangeExtractor:p,initialOffset:()=>c?c.scrollY:0});(0,z.useEffect)(()=>(a.getState().registerRootVirtualizer(t,{resolveIndex:e=>d(e),virtualizer:m}),()=>{a.getState().unregisterRootVirtualizer(t)}),[d,m,t,a]);let h=(0,z.useCallback)(e=>{let t=l.current.get(e);if(t)return t;let n=t=>{if(!t)return;let n=Math.ceil(t.getBoundingClientRect().height)||b_;typeof n==`number`&&n>0&&C_(e,n)};return l.current.set(e,n),n},[]);(0,z.useEffect)(()=>{let t=new Set(e);Array.from(l.current.keys()).forEach(e=>{t.has(e)||l.current.delete(e)})},[e]);let g=m.getVirtualItems(),T=m.getTotalSize(),E=(0,z.useMemo)(()=>{let t=[],r=0,i=-1;g.forEach(a=>{if(!a)return;let o=e[a.index],s=Math.max(a.start-r,0);s>0&&t.push((0,B.jsx)(`div`,{style:{height:`${s}px`}},`gap:${i}:${a.index}`)),t.push(n({componentId:o,index:a.index,measureRef:h(o)})),r=a.end,i=a.index});let a=Math.max(T-r,0);return a>0&&t.push((0,B.jsx)(`div`,{style:{height:`${a}px`}},`gap:${i}:end`)),t},[T,g,h]);return(0,B.jsx)(B.Fragment,{children:E})};L();var T_=R(`DropZone`,fg),E_=`var(--puck-line-placeholder-width, 2px)`,D_=({zoneRef:e,contentIds:t,index:n})=>{let[r,i]=(0,z.useState)();return(0,z.useLayoutEffect)(()=>{let r=e.current,a=r?.ownerDocument.defaultView;if(!r||!a)return;let o=e=>e?a.getComputedStyle(e):void 0,s=e=>parseFloat(e??``)||0,c=e=>{let n=t[e];if(n===void 0)return;let i=r.querySelector(`:scope > ${Hh(n)}:not([data-dnd-dragging])`);if(i)return{el:i,rect:i.getBoundingClientRect()}},l=r.getBoundingClientRect(),u=a.getComputedStyle(r),d=c(n-1),f=c(n),p=f??d,{horizontal:m,reversed:h,forward:g,start:_,end:v,isBefore:y}=Lg(Ig(r,a,u)),b=s(m?u.columnGap:u.rowGap),x=(e,t)=>{let n=t===`start`==!h?m?`marginLeft`:`marginTop`:m?`marginRight`:`marginBottom`;return s(o(e)?.[n])},S=s(u.borderLeftWidth),C=s(u.borderTopWidth),w=s(u.borderRightWidth),T=s(u.borderBottomWidth),E;E=f?d&&y(v(d.rect),_(f.rect))?(v(d.rect)+_(f.rect))/2:_(f.rect)-g*(Math.max(x(f.el,`start`),b)/2):d?v(d.rect)+g*(Math.max(x(d.el,`end`),b)/2):m?h?l.right-w-s(u.paddingRight):l.left+S+s(u.paddingLeft):h?l.bottom-T-s(u.paddingBottom):l.top+C+s(u.paddingTop),i(m?{top:(p?.rect.top??l.top+C+s(u.paddingTop))-l.top+r.scrollTop-C,height:p?.rect.height??l.height-C-T-s(u.paddingTop)-s(u.paddingBottom),left:Ng(E-l.left+r.scrollLeft-S,0,r.scrollWidth),width:E_,transform:`translateX(-50%)`}:{left:(p?.rect.left??l.left+S+s(u.paddingLeft))-l.left+r.scrollLeft-S,width:p?.rect.width??l.width-S-w-s(u.paddingLeft)-s(u.paddingRight),top:Ng(E-l.top+r.scrollTop-C,0,r.scrollHeight),height:E_,transform:`translateY(-50%)`})},[e,t,n]),r?(0,B.jsx)(`div`,{className:T_(`linePlaceholder`),style:r,"data-puck-line-placeholder":!0}):null},O_=R(`DropZone`,fg),k_=({element:e,label:t,override:n})=>e?(0,B.jsx)(`div`,{dangerouslySetInnerHTML:{__html:e.outerHTML}}):(0,B.jsx)(Yg,{name:t,children:n}),A_=e=>(0,B.jsx)(M_,F({},e)),j_=(0,z.memo)(({zoneCompound:e,componentId:t,index:n,dragAxis:r,collisionAxis:i,inDroppableZone:a,itemRef:o})=>{let s=P(e=>e.metadata),{depth:c=1}=(0,z.useContext)(Fh)??{},l=(0,z.useContext)(Ih),u=P(Zt(e=>e.state.indexes.nodes[t]?.flatData.props)),d=P(e=>e.state.indexes.nodes[t]?.data.type),f=P(Zt(e=>e.state.indexes.nodes[t]?.data.readOnly)),p=M(),m=(0,z.useMemo)(()=>{if(u)return gt({type:d,props:u});let n=l.getState().previewIndex[e];return t===n?.props.id?{type:n.componentType,props:n.props,previewType:n.type,element:n.element}:null},[p,t,e,d,u]),h=P(e=>m?.type?e.config.components[m.type]:null),g=(0,z.useMemo)(()=>({renderDropZone:A_,isEditing:!0,dragRef:null,metadata:F(F({},s),h?.metadata)}),[s,h?.metadata]),_=P(e=>e.overrides),v=P(e=>e.componentState[t]?.loadingCount>0),y=P(e=>e.selectedItem?.props.id===t||!1),b=N(`label-component`),x=N(`canvas-noconfig`,{type:(m?.type)?.toString()??``}),S=h?.label??m?.type.toString()??b,C=(0,z.useMemo)(()=>I(F(F({},h?.defaultProps),m?.props),{puck:g,editMode:!0}),[h?.defaultProps,m?.props,g]),w=(0,z.useMemo)(()=>({type:m?.type??d,props:C}),[m?.type,d,C]),T=P(e=>e.config),E=P(e=>e.plugins),D=P(e=>e.fieldTransforms),O=c_(T,w,(0,z.useMemo)(()=>F(F(F(F(F({},Pt(A_,e=>(0,B.jsx)(s_,{componentId:t,zone:e.zone}))),f_()),g_()),E.reduce((e,t)=>F(F({},e),t.fieldTransforms),{})),D),[E,D]),f,v);if(!m)return;let ee=h?h.render:()=>(0,B.jsx)(`div`,{style:{padding:48,textAlign:`center`},children:x}),te=m.type,ne=`previewType`in m&&m.previewType===`insert`;return(0,B.jsx)(dg,{id:t,componentType:te,zoneCompound:e,depth:c+1,index:n,isLoading:v,isSelected:y,label:S,autoDragAxis:r,userDragAxis:i,inDroppableZone:a,itemRef:o,children:e=>h?.inline&&!ne?(0,B.jsx)(v_,{Component:ee,componentProps:I(F({},O),{puck:I(F({},O.puck),{dragRef:e})})}):(0,B.jsx)(`div`,{ref:e,children:ne?(0,B.jsx)(k_,{label:S,override:_.componentItem??_.drawerItem,element:`element`in m&&m.element?m.element:void 0}):(0,B.jsx)(v_,{Component:ee,componentProps:O})})})}),M_=(0,z.forwardRef)(function({zone:e,allow:t,disallow:n,style:r,className:i,minEmptyHeight:a=`128px`,collisionAxis:o,as:s},c){let l=(0,z.useContext)(Fh),u=M(),{areaId:d,depth:f=0,registerLocalZone:p,unregisterLocalZone:m}=l??{},h=P(Zt(e=>d?e.state.indexes.nodes[d]?.path:null)),g=ce;d&&e!==`root:default-zone`&&(g=`${d}:${e}`);let _=g===`root:default-zone`||e===`root:default-zone`||d===`root`,v=mm(Ih,e=>e.nextAreaDepthIndex[d||``]),y=P(Zt(e=>e.state.indexes.zones[g]?.contentIds)),b=P(Zt(e=>e.state.indexes.zones[g]?.type));(0,z.useEffect)(()=>{(!b||b===`dropzone`)&&l?.registerZone&&l?.registerZone(g)},[b,u]),(0,z.useEffect)(()=>{b===`dropzone`&&g!==`root:default-zone`&&console.warn(`DropZones have been deprecated in favor of slot fields and will be removed in a future version of Puck. Please see the migration guide: https://www.puckeditor.com/docs/guides/migrations/dropzones-to-slots`)},[b]);let x=(0,z.useMemo)(()=>y||[],[y]),S=(0,z.useRef)(null),C=(0,z.useCallback)(e=>pg(e,{allow:t,disallow:n}),[t,n]),w=mm(Ih,e=>{let t=e.draggedItem?.data.componentType;return C(t)}),T=v||_,E=mm(Ih,e=>{let t=!0;return t=e.zoneDepthIndex[g]??!1,t&&=w,t});(0,z.useEffect)(()=>(p&&p(g,w||E),()=>{m&&m(g)}),[w,E,g]);let[D,O]=n_(x,g),ee=O&&!O.linePlaceholder?1:0,te=D.length===ee,ne=E&&te,re=(0,z.useContext)(Ih);(0,z.useEffect)(()=>{let{enabledIndex:e}=re.getState();re.setState({enabledIndex:I(F({},e),{[g]:E})})},[E,re,g]);let{ref:ie}=Ff({id:g,collisionPriority:E?f:0,disabled:!ne,collisionDetector:Pm,type:`dropzone`,data:{areaId:d,depth:f,isDroppableTarget:w,path:h||[]}}),ae=P(e=>e?.selectedItem&&d===e?.selectedItem.props.id),[k]=o_(S,o),[oe,se]=e_({zoneCompound:g,userMinEmptyHeight:a,ref:S}),A=(0,z.useCallback)(e=>{ng([S,ie,c],e)},[ie]),j=P(e=>e._experimentalVirtualization),le=s??`div`,ue=j&&(d??`root`)===`root`&&f===0;return(0,B.jsxs)(le,{className:`${O_({isRootZone:_,hoveringOverArea:T,isEnabled:E,isAreaSelected:ae,hasChildren:x.length>0,isAnimating:se})}${i?` ${i}`:``}`,ref:A,"data-testid":`dropzone:${g}`,"data-puck-dropzone":g,style:I(F({},r),{"--puck-slot-min-empty-height":oe,backgroundColor:r?.backgroundColor}),children:[ue?(0,B.jsx)(w_,{contentIds:D,zoneCompound:g,renderItem:e=>(0,B.jsx)(j_,{zoneCompound:g,componentId:e.componentId,dragAxis:k,index:e.index,collisionAxis:o,inDroppableZone:w,itemRef:e.measureRef},e.componentId)}):D.map((e,t)=>(0,B.jsx)(j_,{zoneCompound:g,componentId:e,dragAxis:k,index:t,collisionAxis:o,inDroppableZone:w},e)),O?.linePlaceholder&&(0,B.jsx)(D_,{zoneRef:S,contentIds:x,index:O.index})]})}),N_=({config:e,item:t,metadata:n})=>{let r=e.components[t.type],i=Lt(e,t,t=>(0,B.jsx)(Ut,I(F({},t),{config:e,metadata:n}))),a=(0,z.useMemo)(()=>({areaId:i.id,depth:1}),[i]),o=Ht(r.fields,i);return(0,B.jsx)(Rh,{value:a,children:(0,B.jsx)(r.render,I(F(F({},i),o),{puck:I(F({},i.puck),{renderDropZone:P_,metadata:F(F({},n),r.metadata)})}))},i.id)},P_=e=>(0,B.jsx)(F_,F({},e)),F_=(0,z.forwardRef)(function({className:e,style:t,zone:n,as:r},i){let a=(0,z.useContext)(Fh),{areaId:o=`root`}=a||{},{config:s,data:c,metadata:l}=(0,z.useContext)(R_),u=`${o}:${n}`,d=c?.content||[];(0,z.useEffect)(()=>{d||a?.registerZone&&a?.registerZone(u)},[d]);let f=r??`div`;return!c||!s?null:(u!==`root:default-zone`&&(d=Ae(c,u).zones[u]),(0,B.jsx)(f,{className:e,style:t,ref:i,children:d.map(e=>s.components[e.type]?(0,B.jsx)(N_,{config:s,item:e,metadata:l},e.props.id):null)}))}),I_=e=>(0,B.jsx)(L_,F({},e)),L_=(0,z.forwardRef)(function(e,t){return(0,z.useContext)(Fh)?.mode===`edit`?(0,B.jsx)(B.Fragment,{children:(0,B.jsx)(M_,I(F({},e),{ref:t}))}):(0,B.jsx)(B.Fragment,{children:(0,B.jsx)(F_,I(F({},e),{ref:t}))})}),R_=z.createContext({config:{components:{}},data:{root:{},content:[]},metadata:{}});function z_({config:e,data:t,metadata:n={}}){let r=I(F({},t),{root:t.root||{},content:t.content||[]}),i=`props`in r.root?r.root.props:r.root,a=i?.title||``,o=I(F({},i),{puck:{renderDropZone:I_,isEditing:!1,dragRef:null,metadata:n},title:a,editMode:!1,id:`puck-root`}),s=Lt(e,{type:`root`,props:o},t=>(0,B.jsx)(Gt,I(F({},t),{config:e,metadata:n}))),c=Ht(e.root?.fields,o),l=(0,z.useMemo)(()=>({mode:`render`,depth:0}),[]);return e.root?.render?(0,B.jsx)(R_.Provider,{value:{config:e,data:r,metadata:n},children:(0,B.jsx)(Rh,{value:l,children:(0,B.jsx)(e.root.render,I(F(F({},s),c),{children:(0,B.jsx)(P_,{zone:De})}))})}):(0,B.jsx)(R_.Provider,{value:{config:e,data:r,metadata:n},children:(0,B.jsx)(Rh,{value:l,children:(0,B.jsx)(P_,{zone:De})})})}L(),L();function B_(e,t,n){return _t(this,null,function*(){let r=t().state.indexes.nodes[e];r?yield kg(r.data,t,n):console.warn(`Warning: Could not find component with id "${e}" to resolve its data. Component may have been removed or the id is invalid.`)})}L();function V_(e,t,n){return _t(this,null,function*(){let r=_e(e,t().state);r?yield kg(se(r),t,n):console.warn(`Warning: Could not find component for selector "${JSON.stringify(e)}" to resolve its data. Component may have been removed or the selector is invalid.`)})}var H_=(e,t)=>{let n={back:e.history.back,forward:e.history.forward,setHistories:e.history.setHistories,setHistoryIndex:e.history.setHistoryIndex,hasPast:e.history.hasPast(),hasFuture:e.history.hasFuture(),histories:e.history.histories,index:e.history.index},r={appState:le(e.state),config:e.config,dispatch:e.dispatch,getPermissions:e.permissions.getPermissions,refreshPermissions:e.permissions.refreshPermissions,resolveDataById:(e,n)=>B_(e,t,n),resolveDataBySelector:(e,n)=>V_(e,t,n),history:n,selectedItem:e.selectedItem||null,getItemBySelector:t=>_e(t,e.state),getItemById:t=>e.state.indexes.nodes[t].data,getSelectorForId:t=>Og(e.state,t),getParentById:t=>{let n=e.state.indexes.nodes[t].parentId;if(n===null)return;let r=e.state.indexes.nodes[n];if(r)return r.data},dictionary:e.dictionary};return r.__private={appState:e.state},r},U_=(0,z.createContext)(null),W_=e=>({state:e.state,config:e.config,dispatch:e.dispatch,permissions:e.permissions,history:e.history,selectedItem:e.selectedItem,dictionary:e.dictionary}),G_=e=>{let[t]=(0,z.useState)(()=>ve(()=>H_(W_(e.getState()),e.getState)));return(0,z.useEffect)(()=>e.subscribe(e=>W_(e),n=>{t.setState(H_(n,e.getState))}),[]),t};function K_(){return function(e){let t=(0,z.useContext)(U_);if(!t)throw Error(`usePuck must be used inside <Puck>.`);return ie(t,e??(e=>e))}}L(),L(),L(),L(),L();var q_=R(`ComponentList`,{ComponentList:`_ComponentList_htktj_1`,"ComponentList--isExpanded":`_ComponentList--isExpanded_htktj_5`,"ComponentList-content":`_ComponentList-content_htktj_9`,"ComponentList-title":`_ComponentList-title_htktj_17`,"ComponentList-titleIcon":`_ComponentList-titleIcon_htktj_63`}),J_=({name:e,label:t})=>{let n=P(e=>e.overrides),r=P(t=>t.permissions.getPermissions({type:e}).insert);return(0,z.useEffect)(()=>{n.componentItem&&console.warn("The `componentItem` override has been deprecated and renamed to `drawerItem`")},[n]),(0,B.jsx)(Qg.Item,{label:t,name:e,isDragDisabled:!r,children:n.componentItem??n.drawerItem})},Y_=({children:e,title:t,id:n})=>{let r=P(e=>e.config),i=P(e=>e.setUi),a=P(e=>e.state.ui.componentList),{expanded:o=!0}=a[n]||{},s=`puck-drawer-category-${n}`,c=N(`drawer-category-collapse`,{title:t??``}),l=N(`drawer-category-expand`,{title:t??``});return(0,B.jsxs)(`div`,{className:q_({isExpanded:o}),children:[t&&(0,B.jsxs)(`button`,{type:`button`,className:q_(`title`),"aria-expanded":o,"aria-controls":s,onClick:()=>i({componentList:I(F({},a),{[n]:I(F({},a[n]),{expanded:!o})})}),title:o?c:l,children:[(0,B.jsx)(`div`,{children:t}),(0,B.jsx)(`div`,{className:q_(`titleIcon`),children:o?(0,B.jsx)(st,{size:12}):(0,B.jsx)(Fe,{size:12})})]}),(0,B.jsx)(`div`,{className:q_(`content`),id:s,children:(0,B.jsx)(Qg,{children:e||Object.keys(r.components).map(e=>(0,B.jsx)(J_,{label:r.components[e].label??e,name:e},e))})})]})};Y_.Item=J_;var X_=()=>{let[e,t]=(0,z.useState)(),n=P(e=>e.config),r=P(e=>e.state.ui.componentList),i=N(`drawer-category-other`);return(0,z.useEffect)(()=>{if(Object.keys(r).length>0){let e=[],a;a=Object.entries(r).map(([t,r])=>!r.components||(r.components.forEach(t=>{e.push(t)}),r.visible===!1)?null:(0,B.jsx)(Y_,{id:t,title:n.categories?.[t]?.title||r.title||t,children:r.components.map((e,t)=>{let r=n.components[e]||{};return(0,B.jsx)(Y_.Item,{label:r.label??e,name:e,index:t},e)})},t));let o=Object.keys(n.components).filter(t=>e.indexOf(t)===-1);o.length>0&&!r.other?.components&&r.other?.visible!==!1&&a.push((0,B.jsx)(Y_,{id:`other`,title:r.other?.title||i,children:o.map((e,t)=>{let r=n.components[e]||{};return(0,B.jsx)(Y_.Item,{name:e,label:r.label??e,index:t},e)})},`other`)),t(a)}},[n.categories,n.components,r,i]),e},Z_=()=>{let e=P(e=>e.overrides),t=X_(),n=(0,z.useMemo)(()=>(e.components&&console.warn("The `components` override has been deprecated and renamed to `drawer`"),e.components||e.drawer||`div`),[e]);return(0,B.jsx)(n,{children:t||(0,B.jsx)(Y_,{id:`all`})})};L();var Q_=R(`BlocksPlugin`,{BlocksPlugin:`_BlocksPlugin_9af19_1`}),$_=(e={})=>({name:`blocks`,label:e.label??`Blocks`,render:()=>(0,B.jsx)(`div`,{className:Q_(),children:(0,B.jsx)(Z_,{})}),icon:e.icon??(0,B.jsx)(Pe,{})});L(),L(),L();var ev=(e,t)=>Object.keys(e.indexes.zones).filter(e=>e.split(`:`)[0]===t);L(),L(),L(),L(),L(),L(),L();function tv(e,t){if(typeof e!=`string`)throw Error(`Can't get field definition for path (${e}): Path should be a string`);if(!t||typeof t!=`object`)return;let n=e.split(/\.|\[\d+\]/).filter(Boolean),r=t,i;for(let e=0;e<n.length;e++){let t=n[e];if(i=r[t],e===n.length-1)return i;if(!i||(i.type!==`object`||!i.objectFields)&&(i.type!==`array`||!i.arrayFields))return;i.type===`object`&&(r=i.objectFields),i.type===`array`&&(r=i.arrayFields)}}var nv=(e,t,n)=>{let[r,i]=e.split(`:`);if(!i)return;let a=n[r]?.data.type;return tv(i,(a&&a!==`root`?t.components[a]:t.root)?.fields)},rv={},iv=(e,t,n)=>{if(n.zones[e]?.type!==`slot`)return rv;let r=nv(e,t,n.nodes);return r?.type===`slot`?{allow:r.allow,disallow:r.disallow}:rv},av=`outline-item`,ov=`outline-zone`,sv=(e,t,n)=>{let r=e.get(t);if(r!==void 0)return r;let i=n();return e.set(t,i),i},cv=(e,t,n,r,i)=>sv(e,`zone:${t}`,()=>pg(n,iv(t,r,i))),lv=(e,t,n,r,i)=>sv(e,`childZones:${t}`,()=>Object.keys(i.zones).some(a=>a.startsWith(`${t}:`)&&cv(e,a,n,r,i))),uv=(e,t,n,r)=>sv(e,`subtree:${t}`,()=>t===n||(r[t]?.path||[]).some(e=>e.split(`:`)[0]===n)),dv=(e,t)=>n=>{if(n.type!==av)return!1;let r=n.data,i=e.outlineStore.getState().acceptCache,{config:a,state:o}=e.appStore.getState(),s=o.indexes;return uv(i,t.kind===`row`?t.itemId:t.zoneCompound.split(`:`)[0],r.itemId,s.nodes)?!1:t.kind===`zone`?cv(i,t.zoneCompound,r.componentType,a,s):cv(i,t.zoneCompound,r.componentType,a,s)||lv(i,t.itemId,r.componentType,a,s)};L();var fv=600,pv=()=>{let e=null,t=null,n=()=>{e!==null&&(clearTimeout(e),e=null),t=null};return ve((r,i)=>({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map,startDrag:e=>r({status:`dragging`,draggedRow:e,acceptCache:new Map}),setTarget:(e,t)=>{let n=i();(n.indicator?.targetId!==e.targetId||n.indicator?.position!==e.position||n.drop?.zone!==t.zone||n.drop?.index!==t.index)&&r({indicator:e,drop:t})},clearTarget:()=>{(i().indicator!==null||i().drop!==null)&&r({indicator:null,drop:null})},scheduleExpand:(a,o)=>{t===a||i().tempExpandedIds.has(a)||(n(),t=a,r({expandCandidateId:a}),e=setTimeout(()=>{e=null,t=null,r(e=>({tempExpandedIds:new Set(e.tempExpandedIds).add(a),expandCandidateId:null})),o()},fv))},cancelPendingExpand:()=>{n(),i().expandCandidateId!==null&&r({expandCandidateId:null})},endDrag:()=>{n(),r({status:`dropping`,indicator:null,drop:null,expandCandidateId:null})},reset:()=>{n(),r({status:`idle`,draggedRow:null,tempExpandedIds:new Set,expandCandidateId:null,indicator:null,drop:null,acceptCache:new Map})}}))},mv=(0,z.createContext)(pv()),hv=()=>(0,z.useContext)(mv),gv=e=>mm(mv,e),_v=({kind:e,zoneCompound:t})=>{let n=M(),r=hv(),i=`${e}:${t}`,{ref:a}=Ff({id:i,type:ov,accept:(0,z.useMemo)(()=>dv({appStore:n,outlineStore:r},{kind:`zone`,zoneCompound:t}),[n,r,t]),collisionDetector:Pm,data:{kind:`zone`,zoneCompound:t}}),o=gv(e=>e.indicator?.targetId===i);return(0,z.useMemo)(()=>({isDropTarget:o,ref:a}),[o,a])};L(),L();var vv=R(`DropLine`,{DropLine:`_DropLine_eyz3q_2`,"DropLine--top":`_DropLine--top_eyz3q_12`,"DropLine--bottom":`_DropLine--bottom_eyz3q_16`,"DropLine--outset":`_DropLine--outset_eyz3q_20`}),yv=({edge:e,outset:t})=>(0,B.jsx)(`div`,{className:vv({top:e===`top`,bottom:e===`bottom`,outset:!!t})});L(),L(),L(),L();var bv=(...e)=>[...e].filter(Boolean).join(` `);L();var xv=R(`LayerTree`,{"LayerTree-helper":`_LayerTree-helper_1m7e4_2`,"LayerTree-helperRoot":`_LayerTree-helperRoot_1m7e4_11`}),Sv=({zoneCompound:e})=>{let{ref:t,isDropTarget:n}=_v({kind:`empty`,zoneCompound:e}),r=N(`outline-empty`),[i]=e.split(`:`),a=i===Oe;return(0,B.jsxs)(`li`,{className:bv(xv(`helper`),a?xv(`helperRoot`):void 0),"data-puck-drop-target":n||void 0,ref:t,children:[r,n&&(0,B.jsx)(yv,{edge:`top`})]})};L(),L();var Cv=({componentType:e,index:t,itemId:n,zoneCompound:r})=>{let i=M(),a=hv(),o=(0,z.useMemo)(()=>dv({appStore:i,outlineStore:a},{kind:`row`,itemId:n,zoneCompound:r}),[i,a,n,r]),s=(0,z.useMemo)(()=>Rm(`y`),[]),{handleRef:c,ref:l,isDragSource:u}=Qp({id:n,index:t,group:r,type:av,accept:o,data:{kind:`row`,itemId:n,zoneCompound:r,index:t,componentType:e},collisionPriority:1,collisionDetector:s,transition:{duration:0},plugins:e=>[...e,pu.configure({feedback:`clone`,dropAnimation:null})]}),{indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}=gv(e=>({indicatorPosition:e.indicator?.targetId===n?e.indicator.position:null,isExpandCandidate:e.expandCandidateId===n,isTempExpanded:e.tempExpandedIds.has(n)}));return{rowRef:(0,z.useCallback)(e=>{l(e),c(e)},[l,c]),isDragSource:u,indicatorPosition:d,isExpandCandidate:f,isTempExpanded:p}};L();var wv={Layer:`_Layer_onfgu_1`,"Layer-inner":`_Layer-inner_onfgu_8`,"Layer--isSortable":`_Layer--isSortable_onfgu_18`,"Layer-content":`_Layer-content_onfgu_22`,"Layer-clickable":`_Layer-clickable_onfgu_29`,"Layer-caret":`_Layer-caret_onfgu_57`,"Layer--containsZone":`_Layer--containsZone_onfgu_68`,"Layer-title":`_Layer-title_onfgu_76`,"Layer-name":`_Layer-name_onfgu_85`,"Layer-icon":`_Layer-icon_onfgu_91`,"Layer-zones":`_Layer-zones_onfgu_101`,"Layer--isExpanded":`_Layer--isExpanded_onfgu_106`,"Layer--isSelected":`_Layer--isSelected_onfgu_115`,"Layer--isExpandCandidate":`_Layer--isExpandCandidate_onfgu_138`,"Layer--isDragSource":`_Layer--isDragSource_onfgu_143`};L(),L();var Tv=R(`LayerActions`,{LayerActions:`_LayerActions_d90t9_2`,"LayerActions--visible":`_LayerActions--visible_d90t9_18`}),Ev=({node:e,visible:t})=>{let n=P(e=>e.dispatch),r=hv(),i=P(Zt(t=>{let n=_e({index:e.index,zone:e.zoneCompound},t.state),r=t.permissions.getPermissions({item:n});return{delete:r.delete,duplicate:r.duplicate}})),a=N(`outline-item-duplicate`),o=N(`outline-item-delete`),s=(0,z.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`remove`,index:e.index,zone:e.zoneCompound})},[n,r,e]),c=(0,z.useCallback)(t=>{t.stopPropagation(),r.getState().status===`idle`&&n({type:`duplicate`,sourceIndex:e.index,sourceZone:e.zoneCompound})},[n,r,e.index,e.zoneCompound]);return!i.delete&&!i.duplicate?null:(0,B.jsxs)(`div`,{className:Tv({visible:t}),children:[i.duplicate&&(0,B.jsx)(qe,{onClick:c,title:a,type:`button`,children:(0,B.jsx)(He,{})}),i.delete&&(0,B.jsx)(qe,{onClick:s,title:o,type:`button`,children:(0,B.jsx)(it,{})})]})},Dv=R(`Layer`,wv),Ov=(0,z.forwardRef)(function({dataIndex:e,depth:t,isSelected:n,node:r,selectedId:i},a){let o=P(e=>e.dispatch),s=P(e=>e.state.ui.itemExpanded?.[r.itemId]??!1),c=mm(Ih,e=>e.hoveringComponent===r.itemId),l=P(e=>{let t=_e({index:r.index,zone:r.zoneCompound},e.state);return e.permissions.getPermissions({item:t})?.drag}),{indicatorPosition:u,isDragSource:d,isExpandCandidate:f,isTempExpanded:p,rowRef:m}=Cv({componentType:r.componentType,index:r.index,itemId:r.itemId,zoneCompound:r.zoneCompound}),h=(0,z.useContext)(Ih),g=hv(),_=N(`outline-item-collapse`),v=N(`outline-item-expand`),y=r.childZones.length>0,b=(0,z.useCallback)(e=>{o({type:`setUi`,ui:{itemSelector:e}})},[o]),x=s||p,S=u!==null,C=r.childZones.length!==1;return(0,B.jsxs)(`li`,{ref:a,className:Dv({containsZone:y,isDragSource:d,isExpandCandidate:f,isExpanded:x,isHovering:c,isSelected:n,isSortable:l}),"data-index":e,"data-puck-layer-tree-id":r.itemId,children:[S&&(0,B.jsx)(yv,{edge:u===`before`?`top`:`bottom`,outset:!0}),(0,B.jsxs)(`div`,{className:Dv(`inner`),ref:m,onMouseEnter:e=>{e.stopPropagation(),g.getState().status===`idle`&&h.setState({hoveringComponent:r.itemId})},onMouseLeave:e=>{e.stopPropagation(),h.setState({hoveringComponent:null})},children:[(0,B.jsx)(`div`,{className:Dv(`caret`),children:(0,B.jsx)(qe,{onClick:e=>{e.stopPropagation(),g.getState().status===`idle`&&o({type:`setUi`,ui:e=>{let t=F({},e.itemExpanded);return e.itemExpanded?.[r.itemId]?delete t[r.itemId]:t[r.itemId]=!0,{itemExpanded:t}},recordHistory:!1})},title:s?_:v,type:`button`,children:(0,B.jsx)(Ye,{})})}),(0,B.jsxs)(`div`,{className:Dv(`content`),children:[(0,B.jsx)(`button`,{type:`button`,className:Dv(`clickable`),onClick:()=>{g.getState().status===`idle`&&(b({index:r.index,zone:r.zoneCompound}),h.getState().scrollToComponent(r.itemId))},children:(0,B.jsxs)(`div`,{className:Dv(`title`),children:[(0,B.jsx)(`div`,{className:Dv(`icon`),children:r.componentType===`Text`||r.componentType===`Heading`?(0,B.jsx)(We,{}):(0,B.jsx)(me,{})}),(0,B.jsx)(`div`,{className:Dv(`name`),children:r.label})]})}),(0,B.jsx)(Ev,{node:r,visible:c&&!d})]})]}),y&&x&&r.childZones.map(e=>(0,B.jsx)(`div`,{className:Dv(`zones`),children:(0,B.jsx)(Uv,{depth:C?t+1:t,selectedId:i,tree:C?e:I(F({},e),{label:void 0})})},e.zoneCompound))]})});L();var kv={LayerTree:`_LayerTree_o5tyt_1`,"LayerTree--nested":`_LayerTree--nested_o5tyt_12`},Av=R(`LayerTree`,kv),jv=({depth:e,selectedId:t,tree:n})=>(0,B.jsxs)(`ul`,{className:Av({nested:e>0}),children:[n.items.length===0&&(0,B.jsx)(Sv,{zoneCompound:n.zoneCompound}),n.items.map(n=>(0,B.jsx)(Ov,{depth:e,isSelected:t===n.itemId,node:n,selectedId:t},n.itemId))]});L();var Mv=R(`LayerTree`,kv),Nv=32,Pv=8,Fv=new Map,Iv=e=>Fv.get(e)??Nv,Lv=(e,t)=>{t<=0||Fv.set(e,t)},Rv=e=>{let t=e?.parentElement??null;for(;t;){let{overflow:e,overflowY:n}=getComputedStyle(t);if([e,n].some(e=>/auto|scroll/.test(e)))return t;t=t.parentElement}return null},zv=({depth:e,selectedId:t,tree:n})=>{let r=(0,z.useRef)(null),i=gv(e=>e.draggedRow?.zoneCompound===n.zoneCompound?e.draggedRow.index:null),a=(0,z.useCallback)(e=>{let t=C(e);return i!==null&&!t.includes(i)&&(t.push(i),t.sort((e,t)=>e-t)),t},[i]),o=x({count:n.items.length,estimateSize:e=>Iv(n.items[e].itemId),getItemKey:e=>n.items[e].itemId,getScrollElement:()=>Rv(r.current),overscan:Pv,rangeExtractor:a,measureElement:e=>{let t=Math.ceil(e.getBoundingClientRect().height),n=e.dataset.puckLayerTreeId;return n&&Lv(n,t),t||Nv}}),s=o.getVirtualItems(),c=o.getTotalSize(),l=[],u=0,d=-1;s.forEach(r=>{let i=n.items[r.index],a=Math.max(r.start-u,0);a>0&&l.push((0,B.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${a}px`}},`gap:${n.zoneCompound}:${d}:${r.index}`)),l.push((0,B.jsx)(Ov,{dataIndex:r.index,depth:e,isSelected:t===i.itemId,node:i,ref:o.measureElement,selectedId:t},i.itemId)),u=r.end,d=r.index});let f=Math.max(c-u,0);return f>0&&l.push((0,B.jsx)(`li`,{"aria-hidden":`true`,style:{height:`${f}px`}},`gap:${n.zoneCompound}:${d}:end`)),(0,B.jsxs)(`ul`,{className:Mv({nested:e>0}),ref:r,children:[n.items.length===0&&(0,B.jsx)(Sv,{zoneCompound:n.zoneCompound}),l]})};L();var Bv=R(`LayerTree`,{"LayerTree-zoneTitle":`_LayerTree-zoneTitle_fvhlh_2`,"LayerTree-zoneIcon":`_LayerTree-zoneIcon_fvhlh_19`}),Vv=25,Hv=({label:e,zoneCompound:t})=>{let{ref:n,isDropTarget:r}=_v({kind:`label`,zoneCompound:t});return(0,B.jsxs)(`div`,{className:Bv(`zoneTitle`),"data-puck-drop-target":r||void 0,ref:n,children:[(0,B.jsx)(`div`,{className:Bv(`zoneIcon`),children:(0,B.jsx)(Ge,{})}),e,r&&(0,B.jsx)(yv,{edge:`bottom`})]})},Uv=({depth:e,selectedId:t,tree:n})=>{let r=e===0&&n.items.length>=Vv;return(0,B.jsxs)(B.Fragment,{children:[n.label&&(0,B.jsx)(Hv,{label:n.label,zoneCompound:n.zoneCompound}),r?(0,B.jsx)(zv,{depth:e,selectedId:t,tree:n}):(0,B.jsx)(jv,{depth:e,selectedId:t,tree:n})]})};L(),L(),L();function Wv(e,t){return Object.keys(t).some(t=>t.startsWith(`${e}:`))}var Gv=2,Kv=60,qv=(e,t)=>{let n,r=0,i=0,a=()=>{let o=Bh()?.querySelector(`[data-puck-component="${e}"]`),s=o?o.getBoundingClientRect().top:null;r=s===n?r+1:0,n=s,i+=1,r>=Gv||i>=Kv?t(e):requestAnimationFrame(a)};requestAnimationFrame(a)},Jv=e=>{if(typeof document>`u`)return;let t=document.getElementById(`preview-frame`);e?t?.setAttribute(`data-puck-outline-dragging`,`true`):t?.removeAttribute(`data-puck-outline-dragging`)},Yv=(e,t)=>{let n=e.operation.source,r=n?.data;if(!n||!r)return;let i=t.appStore.getState(),a=_e({zone:r.zoneCompound,index:r.index},i.state);!a||!i.permissions.getPermissions({item:a}).drag?e.preventDefault():(t.outlineDndStore.getState().startDrag({itemId:r.itemId,zoneCompound:r.zoneCompound,index:r.index,componentType:r.componentType}),Jv(!0),i.dispatch({type:`setUi`,ui:{isDragging:!0},recordHistory:!1}))},Xv=(e,t,n)=>{let r=n.outlineDndStore.getState(),i=r.draggedRow;if(!i)return;let a=e.operation.target;if(!a){r.cancelPendingExpand(),r.clearTarget();return}let o=a.data;if(o.kind===`zone`){r.cancelPendingExpand(),r.setTarget({targetId:a.id.toString(),position:`inside`},{zone:o.zoneCompound,index:0});return}let{config:s,state:c}=n.appStore.getState(),l=c.indexes,u=r.acceptCache;if(cv(u,o.zoneCompound,i.componentType,s,l)){let e=t.collisionObserver.collisions[0]?.data,n=zm(e?.direction);r.setTarget({targetId:a.id.toString(),position:n},{zone:o.zoneCompound,index:Bm({position:n,sourceIndex:i.index,targetIndex:o.index,isSameZone:o.zoneCompound===i.zoneCompound})})}else r.clearTarget();let d=!!c.ui.itemExpanded?.[o.itemId]||r.tempExpandedIds.has(o.itemId),f=Wv(o.itemId,l.zones);!d&&f?r.scheduleExpand(o.itemId,()=>{requestAnimationFrame(()=>t.collisionObserver.forceUpdate(!0))}):r.cancelPendingExpand()},Zv=(e,t)=>{let{source:n}=e.operation,r=t.outlineDndStore.getState(),i=r.draggedRow,a=e.canceled?null:r.drop,o=t.appStore.getState().dispatch;if(Jv(!1),i&&a){jg(i.itemId,{zone:i.zoneCompound,index:i.index},{zone:a.zone,index:a.index},t.appStore);let e=a.zone!==i.zoneCompound||a.index!==i.index;o({type:`setUi`,ui:{itemSelector:{zone:a.zone,index:a.index},isDragging:!1},recordHistory:e}),qv(i.itemId,t.scrollToComponent)}else o({type:`setUi`,ui:{isDragging:!1},recordHistory:!1});r.endDrag();let s=()=>t.outlineDndStore.getState().reset();if(!n||n.status===`idle`)s();else{let e=xn(()=>{n.status===`idle`&&(s(),e?.())})}},Qv=[],$v=({children:e})=>{let t=M(),n=(0,z.useContext)(Ih),[r]=(0,z.useState)(()=>pv()),i=P(e=>e.dnd?.disableOutlineDrag??!1),a=Em({mouse:[new nd.Distance({value:5})]}),o=(0,z.useMemo)(()=>({outlineDndStore:r,appStore:t,scrollToComponent:e=>n.getState().scrollToComponent(e)}),[r,t,n]);return(0,B.jsx)(mv.Provider,{value:r,children:(0,B.jsx)(ef,{sensors:i?Qv:a,onBeforeDragStart:e=>{Yv(e,o)},onDragOver:(e,t)=>{e.preventDefault(),Xv(e,t,o)},onDragMove:(e,t)=>{Xv(e,t,o)},onDragEnd:e=>{Zv(e,o)},children:e})})};L();var ey={LayerTreeRoot:`_LayerTreeRoot_1qowl_1`};L();var ty=e=>{let t={};return Object.keys(e).forEach(e=>{let[n]=e.split(`:`);n&&(t[n]||(t[n]=[]),t[n].push(e))}),t},ny=(e,t,n,r)=>{if(r!==void 0)return r;let[,i]=e.split(`:`);if(i)return nv(e,n,t)?.label??i},ry=({config:e,itemId:t,index:n,nodes:r,zoneCompound:i,zones:a,zonesByParent:o,componentFallbackLabel:s})=>{let c=(r[t]?.data.type)?.toString()??s,l=e.components[c]?.label??c;return{childZones:(o[t]||[]).map(t=>iy({config:e,nodes:r,zoneCompound:t,zones:a,zonesByParent:o})),componentType:c,index:n,itemId:t,label:l,zoneCompound:i}},iy=({config:e,label:t,nodes:n,zoneCompound:r,zones:i,zonesByParent:a=ty(i),componentFallbackLabel:o})=>({items:(i[r]?.contentIds??[]).map((t,o)=>ry({config:e,itemId:t,index:o,nodes:n,zoneCompound:r,zones:i,zonesByParent:a})),label:ny(r,n,e,t),zoneCompound:r}),ay=R(`LayerTreeRoot`,ey),oy=({selectedId:e,trees:t})=>{let n=P(e=>e.dnd?.disableOutlineDrag??!1);return(0,B.jsx)($v,{children:(0,B.jsx)(`div`,{className:ay(),"data-puck-dnd-disabled":n||void 0,children:t.map(t=>(0,B.jsx)(Uv,{depth:0,selectedId:e,tree:t},t.zoneCompound))})})};L(),L();var sy=R(`CollapseAll`,{CollapseAll:`_CollapseAll_1r4cy_1`,"CollapseAll-icon":`_CollapseAll-icon_1r4cy_5`,"CollapseAll--visible":`_CollapseAll--visible_1r4cy_10`});function cy({className:e}){let t=P(e=>Object.keys(e.state.ui.itemExpanded??{}).length>0),n=P(e=>e.dispatch),r=N(`outline-header-collapseall`);return(0,B.jsx)(`div`,{className:bv(sy({visible:t}),e),children:(0,B.jsx)(qe,{title:r,onClick:()=>{n({type:`setUi`,ui:{itemExpanded:{}}})},children:(0,B.jsx)(Le,{className:sy(`icon`)})})})}var ly=cy;L(),L();var uy=R(`OutlineHeader`,{OutlineHeader:`_OutlineHeader_ntv8r_1`}),dy=({children:e,title:t})=>{let n=N(`outline-header-title`);return(0,B.jsxs)(`div`,{className:uy(),children:[(0,B.jsx)(ch,{rank:`2`,size:`xs`,children:n??t}),e]})};L();var fy=R(`OutlineWrapper`,{OutlineWrapper:`_OutlineWrapper_b9ln0_1`,"OutlineWrapper-collapseAll":`_OutlineWrapper-collapseAll_b9ln0_9`,"OutlineWrapper-layers":`_OutlineWrapper-layers_b9ln0_15`}),py=({children:e})=>(0,B.jsx)(`div`,{className:fy(),children:e}),my=()=>{let e=P(e=>e.overrides.outline),t=P(e=>e.config),n=P(e=>e.state.indexes.nodes),r=P(e=>e.state.indexes.zones),i=P(e=>e.selectedItem?.props.id||null),a=N(`label-component`),o=P(Zt(e=>ev(e.state,`root`))),s=(0,z.useMemo)(()=>o.map(e=>iy({config:t,label:o.length===1?``:e.split(`:`)[1],nodes:n,zoneCompound:e,zones:r,componentFallbackLabel:a})),[t,n,o,r,a]),c=(0,z.useMemo)(()=>e||py,[e]);return(0,B.jsxs)(c,{children:[(0,B.jsx)(dy,{children:(0,B.jsx)(ly,{className:fy(`collapseAll`)})}),(0,B.jsx)(`div`,{className:fy(`layers`),children:(0,B.jsx)(oy,{selectedId:i,trees:s})})]})};L();var hy=R(`OutlinePlugin`,{OutlinePlugin:`_OutlinePlugin_1ylsc_1`}),gy=(e={})=>({name:`outline`,label:e.label??`Outline`,render:()=>(0,B.jsx)(`div`,{className:hy(),children:(0,B.jsx)(my,{})}),icon:e.icon??(0,B.jsx)(Ge,{})});L(),L(),L();var _y={Breadcrumbs:`_Breadcrumbs_8c6w5_1`,"Breadcrumbs-breadcrumbLabel":`_Breadcrumbs-breadcrumbLabel_8c6w5_7`,"Breadcrumbs-breadcrumb":`_Breadcrumbs-breadcrumb_8c6w5_7`};L();var vy=e=>{let t=P(e=>e.selectedItem?.props.id),n=P(e=>e.config),r=P(e=>e.state.indexes.nodes[t]?.path),i=M(),a=N(`label-page`),o=N(`label-component`);return(0,z.useMemo)(()=>{let t=r?.map(e=>{let[t]=e.split(`:`);if(t===`root`)return{label:n?.root?.label||a,selector:null};let r=i.getState().state.indexes.nodes[t],s=r.path[r.path.length-1],c=(i.getState().state.indexes.zones[s]?.contentIds||[]).indexOf(t);return{label:r?n.components[r.data.type]?.label??r.data.type:o,selector:r?{index:c,zone:r.path[r.path.length-1]}:null}})||[];return e?t.slice(t.length-e):t},[r,e,a,o])},yy=R(`Breadcrumbs`,_y),by=({children:e,numParents:t=1})=>{let n=P(e=>e.setUi),r=vy(t);return(0,B.jsxs)(`div`,{className:yy(),children:[r.map((e,t)=>(0,B.jsxs)(`div`,{className:yy(`breadcrumb`),children:[(0,B.jsx)(`button`,{type:`button`,className:yy(`breadcrumbLabel`),onClick:()=>n({itemSelector:e.selector}),children:e.label}),(0,B.jsx)(Ye,{size:16})]},t)),e]})};L(),L();var xy=R(`PuckFields`,{PuckFields:`_PuckFields_wnj25_1`,"PuckFields--isLoading":`_PuckFields--isLoading_wnj25_6`,"PuckFields-loadingOverlay":`_PuckFields-loadingOverlay_wnj25_10`,"PuckFields-loadingOverlayInner":`_PuckFields-loadingOverlayInner_wnj25_25`,"PuckFields-field":`_PuckFields-field_wnj25_32`,"PuckFields--wrapFields":`_PuckFields--wrapFields_wnj25_36`}),Sy=({children:e})=>(0,B.jsx)(B.Fragment,{children:e}),Cy=(e,t)=>(n,r)=>_t(null,null,function*(){let{dispatch:i,state:a,selectedItem:o,resolveComponentData:s}=t.getState(),{data:c,ui:l}=a,{itemSelector:u}=l,d=c.root.props||c.root,f=o?o.props:d,p=I(F({},f),{[e]:n});if(o&&u){let e=yield s(I(F({},o),{props:p}),`replace`),n=Og(t.getState().state,o.props.id);if(!n)return;i({type:`replace`,destinationIndex:n.index,destinationZone:n.zone||`root:default-zone`,data:e.node,ui:r})}else c.root.props?i({type:`replaceRoot`,root:(yield s(I(F({},c.root),{props:p}),`replace`)).node,ui:F(F({},l),r),recordHistory:!0}):i({type:`setData`,data:{root:p}})}),wy=({fieldName:e})=>{let t=P(t=>t.fields.fields[e]),n=P(t=>((t.selectedItem?t.selectedItem.readOnly:t.state.data.root.readOnly)||{})[e]),r=P(n=>t?n.selectedItem?`${n.selectedItem.props.id}_${t.type}_${e}`:`root_${t.type}_${e}`:null),i=P(Zt(e=>{let{selectedItem:t,permissions:n}=e;return t?n.getPermissions({item:t}):n.getPermissions({root:!0})})),a=M(),o=(0,z.useCallback)(Cy(e,a),[e]),{visible:s=!0}=t??{},c=(0,z.useContext)(_m.ctx);return(0,z.useEffect)(()=>a.subscribe(t=>t.getCurrentData().props?.[e],t=>{c.setState({[e]:t})}),[a,c]),!t||!r||!s||t.type===`slot`?null:(0,B.jsx)(`div`,{className:xy(`field`),children:(0,B.jsx)(Ah,{field:t,name:e,id:r,readOnly:!i.edit||n,onChange:o})},r)},Ty=(0,z.memo)(({fieldName:e})=>{let t=M(),n=(0,z.useMemo)(()=>{let n=t.getState().getCurrentData().props?.[e];return{[e]:n}},[]);return(0,B.jsx)(_m.Provider,{value:n,children:(0,B.jsx)(wy,{fieldName:e})})}),Ey=(0,z.memo)(({wrapFields:e=!0})=>{let t=P(e=>e.overrides),n=P(e=>((e.selectedItem?e.componentState[e.selectedItem.props.id]?.loadingCount:e.componentState.root?.loadingCount)??0)>0),r=P(Zt(e=>e.state.ui.itemSelector)),i=P(e=>e.selectedItem?.props.id),a=M();we(a,i);let o=P(e=>e.fields.loading),s=P(Zt(e=>e.fields.id===i?Object.keys(e.fields.fields):[])),c=o||n,l=(0,z.useMemo)(()=>t.fields||Sy,[t]);return(0,B.jsxs)(`form`,{className:xy({wrapFields:e}),onSubmit:e=>{e.preventDefault()},children:[(0,B.jsx)(l,{isLoading:c,itemSelector:r,children:s.map(e=>(0,B.jsx)(Ty,{fieldName:e},e))}),c&&(0,B.jsx)(`div`,{className:xy(`loadingOverlay`),children:(0,B.jsx)(`div`,{className:xy(`loadingOverlayInner`),children:(0,B.jsx)(j,{size:16})})})]})});L();var Dy=R(`FieldsPlugin`,{FieldsPlugin:`_FieldsPlugin_18cj3_1`,"FieldsPlugin-header":`_FieldsPlugin-header_18cj3_7`}),Oy=()=>{let e=N(`label-page`);return P(e=>{let t=e.selectedItem;return t?e.config.components[t.type]?.label??t.type:null})??e},ky=({desktopSideBar:e=`right`,label:t,icon:n}={})=>({name:`fields`,label:t??`Fields`,render:()=>(0,B.jsxs)(`div`,{className:Dy(),children:[(0,B.jsx)(`div`,{className:Dy(`header`),children:(0,B.jsx)(by,{numParents:2,children:(0,B.jsx)(Oy,{})})}),(0,B.jsx)(Ey,{})]}),icon:n??(0,B.jsx)(nt,{}),mobileOnly:e===`right`});L(),L(),L(),L(),L();var Ay=`@import "https://rsms.me/inter/inter.css";

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
}`,jy=`/* styles/color.css */
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
}`,My=`data-puck-style-source`,Ny=`puck`,Py=`data-puck-style-id`,Fy={uiDefault:`ui-default`,iframeInteractions:`iframe-styles`},Iy=new WeakMap,Ly=e=>{if(e)return e;if(typeof document<`u`)return document},Ry=e=>{let t=Iy.get(e);if(t)return t;let n=new Map;return Iy.set(e,n),n},zy=(e,t,n=!1)=>{let r=e.head;r&&(t.parentElement===r?(n&&r.firstChild!==t&&r.prepend(t),!n&&r.lastChild!==t&&r.append(t)):n?r.prepend(t):r.append(t))},By=(e,t,n,r=!1)=>{let i=e.createElement(`style`);return i.setAttribute(My,Ny),i.setAttribute(Py,t),i.textContent=n,zy(e,i,r),i},Vy=e=>e?.getAttribute(My)===Ny,Hy=e=>{let t=Ly(e?.document);(0,z.useInsertionEffect)(()=>{if(!e||!t)return;let n=Ry(t),r=n.get(e.id);if(r)r.count+=1,r.el.textContent!==e.cssText&&(r.el.textContent=e.cssText),zy(t,r.el,e.prepend);else{let r=By(t,e.id,e.cssText,e.prepend);n.set(e.id,{count:1,el:r})}return()=>{let t=n.get(e.id);t&&(--t.count,t.count<=0&&(t.el.remove(),n.delete(e.id)))}},[e?.cssText,e?.id,e?.prepend,e?.document,t])},Uy=null,Wy=()=>Uy===null?typeof document>`u`?!1:(Uy=getComputedStyle(document.documentElement).getPropertyValue(`--_puck-styles-loaded`).trim()!==``,Uy):Uy,Gy=()=>{Hy(Wy()?null:{cssText:Ay,id:Fy.uiDefault,prepend:!0}),(0,z.useEffect)(()=>{},[])},Ky=e=>{Hy(e?{cssText:jy,document:e,id:Fy.iframeInteractions}:null)},qy=`style, link[rel="stylesheet"]`,Jy=`data-puck-style-mirror`,Yy=e=>!e.matches(qy)||Vy(e)?!1:e.tagName!==`STYLE`||!!e.innerHTML.trim(),Xy=e=>{let t=[];return e.querySelectorAll(qy).forEach(e=>{Yy(e)&&t.push(e)}),t},Zy=e=>Array.from(document.styleSheets).find(t=>t.ownerNode.href===e.href),Qy=e=>{if(e)try{return Array.from(e.cssRules).map(e=>e.cssText).join(``)}catch{console.warn(`Access to stylesheet %s is denied. Ignoring…`,e.href)}return``},$y=(e,t)=>{let n=e.attributes;n?.length>0&&Array.from(n).forEach(e=>{t.setAttribute(e.name,e.value)})},eb=e=>setTimeout(e,0),tb=({children:e,debug:t=!1,onStylesLoaded:n=()=>null,syncHostStyles:r=!0})=>{let{document:i,window:a}=rb();return Ky(i),(0,z.useEffect)(()=>{if(!a||!i)return()=>{};let e=[],o={},s=()=>{e.forEach(({mirror:e})=>{e.remove()}),e=[],Array.from(i.head.querySelectorAll(`[${Jy}="true"]`)).forEach(e=>{e.remove()}),Object.keys(o).forEach(e=>{delete o[e]})},c=t=>e.findIndex(e=>e.original===t),l=(e,n=!1)=>_t(null,null,function*(){let r;if(e.nodeName===`LINK`&&n){r=document.createElement(`style`),r.type=`text/css`;let n=Zy(e);n||=(yield new Promise(t=>{let n=()=>{t(),e.removeEventListener(`load`,n)};e.addEventListener(`load`,n)}),Zy(e));let i=Qy(n);if(!i){t&&console.warn(`Tried to load styles for link element, but couldn't find them. Skipping...`);return}r.innerHTML=i,r.setAttribute(`data-href`,e.getAttribute(`href`))}else r=e.cloneNode(!0);return r.setAttribute(Jy,`true`),r}),u=n=>_t(null,null,function*(){let r=c(n);if(r>-1){t&&console.log(`Tried to add an element that was already mirrored. Updating instead...`),e[r].mirror.innerText=n.innerText;return}let a=yield l(n);if(!a)return;let s=(0,em.default)(a.outerHTML);o[s]?t&&console.log(`iframe already contains element that is being mirrored. Skipping...`):(o[s]=!0,i.head.append(a),e.push({original:n,mirror:a}),t&&console.log(`Added style node ${n.outerHTML}`))}),d=n=>{var r;let i=c(n);if(i===-1){t&&console.log(`Tried to remove an element that did not exist. Skipping...`);return}let a=(0,em.default)(n.outerHTML);(r=e[i]?.mirror)==null||r.remove(),delete o[a],t&&console.log(`Removed style node ${n.outerHTML}`)},f=new MutationObserver(e=>{e.forEach(e=>{e.type===`childList`&&(e.addedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&Yy(t)&&eb(()=>u(t))}}),e.removedNodes.forEach(e=>{if(e.nodeType===Node.TEXT_NODE||e.nodeType===Node.ELEMENT_NODE){let t=e.nodeType===Node.TEXT_NODE?e.parentElement:e;t&&t.matches(qy)&&!Vy(t)&&eb(()=>d(t))}}))})});if(!r)return n(),()=>{f.disconnect(),s()};let p=a.parent.document,m=Xy(p),h=[],g=0,_=p.getElementsByTagName(`html`)[0];$y(_,i.documentElement);let v=p.getElementsByTagName(`body`)[0];return $y(v,i.body),Promise.all(m.map((t,n)=>_t(null,null,function*(){if(t.nodeName===`LINK`){let e=t.href;if(h.indexOf(e)>-1)return;h.push(e)}let n=yield l(t);if(n)return e.push({original:t,mirror:n}),n}))).then(e=>{let t=e.filter(e=>e!==void 0);t.forEach(e=>{e.onload=()=>{g+=1,g>=t.length&&n()},e.onerror=()=>{let r=e instanceof HTMLLinkElement?e.href:void 0;console.warn(`AutoFrame couldn't load a stylesheet${r?`: ${r}`:``}. This can happen if the parent document's stylesheet is blocked by the iframe's CSP, returns a non-2xx status, or fails to reach the network.`),g+=1,g>=t.length&&n()}}),i.head.querySelectorAll(`[${Jy}="true"]`).forEach(e=>{e.remove()}),i.head.append(...t),t.forEach(e=>{e.nodeName===`STYLE`&&(g+=1)}),g>=t.length&&n(),f.observe(p.head,{childList:!0,subtree:!0}),t.forEach(e=>{let t=(0,em.default)(e.outerHTML);o[t]=!0})}),()=>{f.disconnect(),s()}},[r]),(0,B.jsx)(B.Fragment,{children:e})},nb=(0,z.createContext)({}),rb=()=>(0,z.useContext)(nb);function ib(e){var t=e,{children:n,className:r,debug:i,id:a,onReady:o=()=>{},onNotReady:s=()=>{},frameRef:c,syncHostStyles:l=!0}=t,u=vt(t,[`children`,`className`,`debug`,`id`,`onReady`,`onNotReady`,`frameRef`,`syncHostStyles`]);let[d,f]=(0,z.useState)(!1),[p,m]=(0,z.useState)({}),[h,g]=(0,z.useState)(),[_,v]=(0,z.useState)(!1);return(0,z.useEffect)(()=>{d&&v(!l)},[d,l]),(0,z.useEffect)(()=>{if(c.current){let e=c.current.contentDocument,t=c.current.contentWindow;m({document:e||void 0,window:t||void 0}),g(c.current.contentDocument?.getElementById(`frame-root`)),e&&t&&_?o():s()}},[c,d,_]),(0,B.jsx)(`iframe`,I(F({},u),{className:r,id:a,srcDoc:`<!DOCTYPE html><html><head></head><body><div id="frame-root" data-puck-entry></div></body></html>`,ref:c,onLoad:()=>{f(!0)},children:(0,B.jsx)(nb.Provider,{value:p,children:d&&h&&(0,B.jsx)(tb,{debug:i,onStylesLoaded:()=>v(!0),syncHostStyles:l,children:(0,kt.createPortal)(n,h)})})}))}ib.displayName=`AutoFrame`;var ab=ib;L();var ob=Pt(A_),sb=(0,z.memo)(()=>{let e=P(Zt(e=>e.state.indexes.nodes.root?.flatData.props)),t=P(e=>e.config),n=P(e=>e.metadata),r=c_(t,(0,z.useMemo)(()=>{let t=se({props:e??{}});return gt(t)},[e]),ob),i=(0,z.useMemo)(()=>I(F({},r),{children:(0,B.jsx)(I_,{zone:ce}),puck:{renderDropZone:I_,isEditing:!0,dragRef:null,metadata:n},editMode:!0}),[r,n]),a=Ht(t.root?.fields??{},i);return t.root?.render?t.root?.render(I(F(F({},i),a),{id:`puck-root`})):(0,B.jsx)(B.Fragment,{children:i.children})});sb.displayName=`EditorPage`;var cb=sb;L();var lb=R(`PuckPreview`,{PuckPreview:`_PuckPreview_zbic3_1`,"PuckPreview-frame":`_PuckPreview-frame_zbic3_6`}),ub=e=>{let t=P(e=>e.status);(0,z.useEffect)(()=>{if(e.current&&t===`READY`){let t=e.current,n=e=>{let n=new yg(`pointermove`,I(F({},e),{bubbles:!0,cancelable:!1,clientX:e.clientX,clientY:e.clientY,pointerId:e.pointerId,pointerType:e.pointerType,isPrimary:e.isPrimary,originalTarget:e.target}));t.dispatchEvent(n)},r=()=>{var e;i(),(e=t.contentDocument)==null||e.addEventListener(`pointermove`,n,{capture:!0})},i=()=>{var e;(e=t.contentDocument)==null||e.removeEventListener(`pointermove`,n)};return r(),()=>{i()}}},[t])},db=e=>{let t=P(e=>e.state.ui.previewMode),n=P(e=>e.status),r=P(e=>e.iframe.enabled);(0,z.useEffect)(()=>{(r?(e.current?.contentDocument)?.querySelector(`[data-puck-entry]`):e.current)?.setAttribute(`data-puck-preview-mode`,t)},[t,n,r])},fb=({id:e=`puck-preview`})=>{let t=P(e=>e.dispatch),n=P(e=>e.config),r=P(e=>e.setStatus),i=P(e=>e.iframe),a=P(e=>e.overrides),o=P(e=>e.metadata),s=P(e=>e.state.ui.previewMode===`edit`?null:e.state.data),c=(0,z.useMemo)(()=>a.iframe,[a]),l=(0,z.useRef)(null);ub(l),db(l);let u=s?(0,B.jsx)(z_,{data:s,config:n,metadata:o}):(0,B.jsx)(cb,{});return(0,z.useEffect)(()=>{i.enabled||r(`READY`)},[i.enabled]),(0,B.jsx)(`div`,{className:lb(),id:e,"data-puck-preview":!0,onClick:e=>{let n=e.target;!n.hasAttribute(`data-puck-component`)&&!n.hasAttribute(`data-puck-dropzone`)&&t({type:`setUi`,ui:{itemSelector:null}})},children:i.enabled?(0,B.jsx)(ab,{id:`preview-frame`,className:lb(`frame`),"data-rfd-iframe":!0,syncHostStyles:i.syncHostStyles,onReady:()=>{r(`READY`)},onNotReady:()=>{r(`MOUNTED`)},frameRef:l,children:(0,B.jsx)(nb.Consumer,{children:({document:e})=>c?(0,B.jsx)(c,{document:e,children:u}):u})}):(0,B.jsx)(`div`,{id:`preview-frame`,className:lb(`frame`),ref:l,"data-puck-entry":!0,children:u})})};L(),L();var pb=({overrides:e,plugins:t})=>{let n=F({},e);return t?.forEach(e=>{e.overrides&&Object.keys(e.overrides).forEach(t=>{let r=t;if(!e.overrides?.[r])return;if(r===`fieldTypes`){let t=e.overrides.fieldTypes;Object.keys(t).forEach(e=>{n.fieldTypes=n.fieldTypes||{};let r=n.fieldTypes[e],i=n=>t[e](I(F({},n),{children:r?r(n):n.children}));n.fieldTypes[e]=i});return}let i=n[r];n[r]=t=>e.overrides[r](I(F({},t),{children:i?i(t):t.children}))})}),n},mb=({overrides:e,plugins:t})=>(0,z.useMemo)(()=>pb({overrides:e,plugins:t}),[t,e]);L(),L();var hb={Puck:`_Puck_tzaxg_19`,"Puck-portal":`_Puck-portal_tzaxg_31`,PuckLayout:`_PuckLayout_tzaxg_36`,"PuckLayout-inner":`_PuckLayout-inner_tzaxg_40`,"Puck--hidePlugins":`_Puck--hidePlugins_tzaxg_73`,"PuckLayout--mounted":`_PuckLayout--mounted_tzaxg_78`,"PuckLayout--mobilePanelHeightToggle":`_PuckLayout--mobilePanelHeightToggle_tzaxg_82`,"PuckLayout--leftSideBarVisible":`_PuckLayout--leftSideBarVisible_tzaxg_82`,"PuckLayout--isExpanded":`_PuckLayout--isExpanded_tzaxg_90`,"PuckLayout--mobilePanelHeightMinContent":`_PuckLayout--mobilePanelHeightMinContent_tzaxg_110`,"PuckLayout--rightSideBarVisible":`_PuckLayout--rightSideBarVisible_tzaxg_137`,"PuckLayout-mounted":`_PuckLayout-mounted_tzaxg_156`,"PuckLayout-nav":`_PuckLayout-nav_tzaxg_197`,"PuckLayout-header":`_PuckLayout-header_tzaxg_217`,PuckPluginTab:`_PuckPluginTab_tzaxg_231`,"PuckPluginTab--visible":`_PuckPluginTab--visible_tzaxg_237`,"PuckPluginTab-body":`_PuckPluginTab-body_tzaxg_243`};L();var gb=({children:e})=>(0,B.jsx)(B.Fragment,{children:e});L();var _b=()=>{let e=M(),t=(0,z.useCallback)(()=>{let t=e.getState().dispatch;t({type:`setUi`,ui:e=>({previewMode:e.previewMode===`edit`?`interactive`:`edit`})})},[e]);mt({meta:!0,i:!0},t),mt({ctrl:!0,i:!0},t)};L(),L(),L();var vb=R(`MenuBar`,{MenuBar:`_MenuBar_1hxnj_1`,"MenuBar--menuOpen":`_MenuBar--menuOpen_1hxnj_14`,"MenuBar-inner":`_MenuBar-inner_1hxnj_29`,"MenuBar-history":`_MenuBar-history_1hxnj_45`});function yb({menuOpen:e=!1,renderHeaderActions:t,setMenuOpen:n}){let r=P(e=>e.history.back),i=P(e=>e.history.forward),a=P(e=>e.history.hasFuture()),o=P(e=>e.history.hasPast()),s=N(`header-undo`),c=N(`header-redo`);return(0,B.jsx)(`div`,{className:vb({menuOpen:e}),onClick:e=>{let t=e.target;window.matchMedia(`(min-width: 638px)`).matches||t.tagName===`A`&&t.getAttribute(`href`)?.startsWith(`#`)&&n(!1)},children:(0,B.jsxs)(`div`,{className:vb(`inner`),children:[(0,B.jsxs)(`div`,{className:vb(`history`),children:[(0,B.jsx)(qe,{type:`button`,title:s,disabled:!o,onClick:r,children:(0,B.jsx)(et,{size:21})}),(0,B.jsx)(qe,{type:`button`,title:c,disabled:!a,onClick:i,children:(0,B.jsx)(ue,{size:21})})]}),(0,B.jsx)(B.Fragment,{children:t&&t()})]})})}L();var bb=R(`PuckHeader`,{PuckHeader:`_PuckHeader_c2nei_1`,"PuckHeader--hidePlugins":`_PuckHeader--hidePlugins_c2nei_21`,"PuckHeader-inner":`_PuckHeader-inner_c2nei_26`,"PuckHeader-toggle":`_PuckHeader-toggle_c2nei_46`,"PuckHeader-rightSideBarToggle":`_PuckHeader-rightSideBarToggle_c2nei_52`,"PuckHeader-leftSideBarToggle":`_PuckHeader-leftSideBarToggle_c2nei_53`,"PuckHeader-title":`_PuckHeader-title_c2nei_64`,"PuckHeader-path":`_PuckHeader-path_c2nei_68`,"PuckHeader-tools":`_PuckHeader-tools_c2nei_75`,"PuckHeader-menuButton":`_PuckHeader-menuButton_c2nei_81`,"PuckHeader--menuOpen":`_PuckHeader--menuOpen_c2nei_86`}),xb=(0,z.memo)(({hidePlugins:e})=>{let{onPublish:t,renderHeader:n,renderHeaderActions:r,headerTitle:i,headerPath:a,iframe:o}=lx(),s=P(e=>e.dispatch),c=M(),l=(0,z.useMemo)(()=>n?(console.warn("`renderHeader` is deprecated. Please use `overrides.header` and the `usePuck` hook instead"),e=>{var t=e,{actions:r}=t,i=vt(t,[`actions`]);let a=n,o=P(e=>e.state);return(0,B.jsx)(a,I(F({},i),{dispatch:s,state:o,children:r}))}):gb,[n]),u=(0,z.useMemo)(()=>r?(console.warn("`renderHeaderActions` is deprecated. Please use `overrides.headerActions` and the `usePuck` hook instead."),e=>{let t=r,n=P(e=>e.state);return(0,B.jsx)(t,I(F({},e),{dispatch:s,state:n}))}):gb,[r]),d=P(e=>e.overrides.header||l),f=P(e=>e.overrides.headerActions||u),[p,m]=(0,z.useState)(!1),h=P(e=>(e.state.indexes.nodes.root?.data).props.title??``),g=P(e=>e.state.ui.leftSideBarVisible),_=P(e=>e.state.ui.rightSideBarVisible),v=(0,z.useCallback)(e=>{let t=window.matchMedia(`(min-width: 638px)`).matches,n=e===`left`?g:_,r=e===`left`?`rightSideBarVisible`:`leftSideBarVisible`;s({type:`setUi`,ui:F({[`${e}SideBarVisible`]:!n},t?{}:{[r]:!1})})},[s,g,_]),y=N(`header-publish`),b=N(`label-page`),x=N(`header-toggle-leftsidebar`),S=N(`header-toggle-rightsidebar`),C=N(`header-toggle-menubar`);return(0,B.jsx)(d,{actions:(0,B.jsx)(B.Fragment,{children:(0,B.jsx)(f,{children:(0,B.jsx)(cm,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,B.jsx)(pt,{size:`14px`}),children:y})})}),children:(0,B.jsx)(`header`,{className:bb({leftSideBarVisible:g,rightSideBarVisible:_,hidePlugins:e}),children:(0,B.jsxs)(`div`,{className:bb(`inner`),children:[(0,B.jsxs)(`div`,{className:bb(`toggle`),children:[(0,B.jsx)(`div`,{className:bb(`leftSideBarToggle`),children:(0,B.jsx)(qe,{type:`button`,onClick:()=>{v(`left`)},title:x,children:(0,B.jsx)(Ee,{focusable:`false`})})}),(0,B.jsx)(`div`,{className:bb(`rightSideBarToggle`),children:(0,B.jsx)(qe,{type:`button`,onClick:()=>{v(`right`)},title:S,children:(0,B.jsx)(ke,{focusable:`false`})})})]}),(0,B.jsx)(`div`,{className:bb(`title`),children:(0,B.jsxs)(ch,{rank:`2`,size:`xs`,children:[i||h||b,a&&(0,B.jsxs)(B.Fragment,{children:[` `,(0,B.jsx)(`code`,{className:bb(`path`),children:a})]})]})}),(0,B.jsxs)(`div`,{className:bb(`tools`),children:[(0,B.jsx)(`div`,{className:bb(`menuButton`),children:(0,B.jsx)(qe,{type:`button`,onClick:()=>m(!p),title:C,children:p?(0,B.jsx)(st,{focusable:`false`}):(0,B.jsx)(Fe,{focusable:`false`})})}),(0,B.jsx)(yb,{dispatch:s,onPublish:t,menuOpen:p,renderHeaderActions:()=>(0,B.jsx)(f,{children:(0,B.jsx)(cm,{onClick:()=>{let e=c.getState().state.data;t&&t(e)},icon:(0,B.jsx)(pt,{size:`14px`}),children:y})}),setMenuOpen:m})]})]})})})});L(),L();var Sb=R(`SidebarSection`,{SidebarSection:`_SidebarSection_1uv88_1`,"SidebarSection-title":`_SidebarSection-title_1uv88_12`,"SidebarSection--noBorderTop":`_SidebarSection--noBorderTop_1uv88_20`,"SidebarSection-content":`_SidebarSection-content_1uv88_24`,"SidebarSection-breadcrumbLabel":`_SidebarSection-breadcrumbLabel_1uv88_33`,"SidebarSection-breadcrumbs":`_SidebarSection-breadcrumbs_1uv88_62`,"SidebarSection-breadcrumb":`_SidebarSection-breadcrumb_1uv88_33`,"SidebarSection-heading":`_SidebarSection-heading_1uv88_74`,"SidebarSection-loadingOverlay":`_SidebarSection-loadingOverlay_1uv88_78`}),Cb=({children:e,title:t,background:n,showBreadcrumbs:r,noBorderTop:i,isLoading:a})=>(0,B.jsxs)(`div`,{className:Sb({noBorderTop:i}),style:{background:n},children:[(0,B.jsx)(`div`,{className:Sb(`title`),children:(0,B.jsxs)(`div`,{className:Sb(`breadcrumbs`),children:[r&&(0,B.jsx)(by,{}),(0,B.jsx)(`div`,{className:Sb(`heading`),children:(0,B.jsx)(ch,{rank:`2`,size:`xs`,children:t})})]})}),(0,B.jsx)(`div`,{className:Sb(`content`),children:e}),a&&(0,B.jsx)(`div`,{className:Sb(`loadingOverlay`),children:(0,B.jsx)(j,{size:32})})]});L(),L(),L();var wb={ViewportControls:`_ViewportControls_v26yb_1`,"ViewportControls--fullScreen":`_ViewportControls--fullScreen_v26yb_5`,"ViewportControls-toggleButton":`_ViewportControls-toggleButton_v26yb_14`,"ViewportControls-actions":`_ViewportControls-actions_v26yb_39`,"ViewportControls-actionsInner":`_ViewportControls-actionsInner_v26yb_43`,"ViewportControls--isExpanded":`_ViewportControls--isExpanded_v26yb_67`,"ViewportControls-divider":`_ViewportControls-divider_v26yb_72`,"ViewportControls-zoomSelect":`_ViewportControls-zoomSelect_v26yb_79`,"ViewportControls-zoom":`_ViewportControls-zoom_v26yb_79`,"ViewportButton-inner":`_ViewportButton-inner_v26yb_110`,"ViewportButton--isActive":`_ViewportButton--isActive_v26yb_118`},Tb={Smartphone:(0,B.jsx)(xe,{size:16}),Tablet:(0,B.jsx)(ot,{size:16}),Monitor:(0,B.jsx)(A,{size:16}),FullWidth:(0,B.jsx)(lt,{size:16})},Eb=R(`ViewportControls`,wb),Db=R(`ViewportButton`,wb),Ob=({children:e,title:t,onClick:n,isActive:r,disabled:i})=>(0,B.jsx)(`span`,{className:Db({isActive:r}),suppressHydrationWarning:!0,children:(0,B.jsx)(qe,{type:`button`,title:t,disabled:i||r,onClick:n,suppressHydrationWarning:!0,children:(0,B.jsx)(`span`,{className:Db(`inner`),children:e})})}),kb=[{label:`25%`,value:.25},{label:`50%`,value:.5},{label:`75%`,value:.75},{label:`100%`,value:1},{label:`125%`,value:1.25},{label:`150%`,value:1.5},{label:`200%`,value:2}],Ab=({viewport:e,isActive:t,onClick:n})=>{let r=N(`viewport-switch`,{label:e.label??``}),i=N(`viewport-switch-default`);return(0,B.jsx)(Ob,{title:e.label?r:i,onClick:n,isActive:t,children:typeof e.icon==`string`?Tb[e.icon]||e.icon:e.icon||Tb.Smartphone})},jb=({autoZoom:e,zoom:t,onViewportChange:n,onZoom:r,fullScreen:i})=>{let a=P(e=>e.viewports),o=P(e=>e.state.ui.viewports),s=kb.find(t=>t.value===e),c=N(`viewport-zoom-auto`,{zoom:(e*100).toFixed(0)}),l=(0,z.useMemo)(()=>[...kb,...s?[]:[{value:e,label:c}]].filter(t=>t.value<=e).sort((e,t)=>e.value>t.value?1:-1),[e,c]),[u,d]=(0,z.useState)(o.current.width);(0,z.useEffect)(()=>{d(o.current.width)},[o.current]);let[f,p]=(0,z.useState)(!1),m=N(`viewport-zoom-out`),h=N(`viewport-zoom-in`),g=N(`viewport-toggle-menu`);return(0,B.jsxs)(`div`,{className:Eb({isExpanded:f,fullScreen:i}),suppressHydrationWarning:!0,children:[(0,B.jsx)(`div`,{className:Eb(`actions`),children:(0,B.jsxs)(`div`,{className:Eb(`actionsInner`),children:[a.map((e,t)=>(0,B.jsx)(Ab,{viewport:e,onClick:()=>{d(e.width),n(e)},isActive:u===e.width},t)),(0,B.jsx)(`div`,{className:Eb(`divider`)}),(0,B.jsx)(Ob,{title:m,disabled:t<=l[0]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.max(l.findIndex(e=>e.value===t)-1,0)].value)},children:(0,B.jsx)(Xe,{size:16})}),(0,B.jsx)(Ob,{title:h,disabled:t>=l[l.length-1]?.value,onClick:e=>{e.stopPropagation(),r(l[Math.min(l.findIndex(e=>e.value===t)+1,l.length-1)].value)},children:(0,B.jsx)(Ie,{size:16})}),(0,B.jsxs)(`div`,{className:Eb(`zoom`),children:[(0,B.jsx)(`div`,{className:Eb(`divider`)}),(0,B.jsx)(`select`,{className:Eb(`zoomSelect`),value:t.toString(),onClick:e=>{e.stopPropagation()},onChange:e=>{r(parseFloat(e.currentTarget.value))},children:l.map(e=>(0,B.jsx)(`option`,{value:e.value,label:e.label},e.label))})]})]})}),(0,B.jsx)(`button`,{className:Eb(`toggleButton`),title:g,onClick:()=>p(e=>!e),children:f?(0,B.jsx)(at,{size:16}):(0,B.jsx)(A,{size:16})})]})};L();var Mb={PuckCanvas:`_PuckCanvas_zw9iy_1`,"PuckCanvas-controls":`_PuckCanvas-controls_zw9iy_18`,"PuckCanvas--fullScreen":`_PuckCanvas--fullScreen_zw9iy_23`,"PuckCanvas-inner":`_PuckCanvas-inner_zw9iy_34`,"PuckCanvas-root":`_PuckCanvas-root_zw9iy_43`,"PuckCanvas--ready":`_PuckCanvas--ready_zw9iy_68`,"PuckCanvas-loader":`_PuckCanvas-loader_zw9iy_73`,"PuckCanvas--showLoader":`_PuckCanvas--showLoader_zw9iy_84`};L();var Nb=(0,z.createContext)(null),Pb=({children:e})=>{let t=(0,z.useRef)(null),n=(0,z.useMemo)(()=>({frameRef:t}),[]);return(0,B.jsx)(Nb.Provider,{value:n,children:e})},Fb=()=>{let e=(0,z.useContext)(Nb);if(e===null)throw Error(`useCanvasFrame must be used within a FrameProvider`);return e},Ib=R(`PuckCanvas`,Mb),Lb=!0,Rb=150,zb=()=>{let{frameRef:e}=Fb(),t=Te(e),{viewports:n=ee,ui:r}=lx(),{dispatch:i,overrides:a,setUi:o,zoomConfig:s,setZoomConfig:c,status:l,iframe:u,_experimentalFullScreenCanvas:d}=P(Zt(e=>({dispatch:e.dispatch,overrides:e.overrides,setUi:e.setUi,zoomConfig:e.zoomConfig,setZoomConfig:e.setZoomConfig,status:e.status,iframe:e.iframe,_experimentalFullScreenCanvas:e._experimentalFullScreenCanvas}))),{leftSideBarVisible:f,rightSideBarVisible:p,leftSideBarWidth:m,rightSideBarWidth:h,viewports:g}=P(Zt(e=>({leftSideBarVisible:e.state.ui.leftSideBarVisible,rightSideBarVisible:e.state.ui.rightSideBarVisible,leftSideBarWidth:e.state.ui.leftSideBarWidth,rightSideBarWidth:e.state.ui.rightSideBarWidth,viewports:e.state.ui.viewports}))),[_,v]=(0,z.useState)(!1),y=(0,z.useRef)(!1),b=(0,z.useMemo)(()=>({children:e})=>(0,B.jsx)(B.Fragment,{children:e}),[]),x=(0,z.useMemo)(()=>a.preview||b,[a]),S=(0,z.useCallback)(()=>{if(e.current){let t=e.current,n=Be(t);return{width:n.contentBox.width,height:n.contentBox.height}}return{width:0,height:0}},[e]);(0,z.useEffect)(()=>{t()},[e,f,p,m,h,g]),(0,z.useEffect)(()=>{let{height:e}=S();g.current.height===`auto`&&c(I(F({},s),{rootHeight:e/s.zoom}))},[s.zoom,S,c]),(0,z.useEffect)(()=>{Lb&&t()},[g.current.width,g]),(0,z.useEffect)(()=>{if(!e.current)return;let n=new ResizeObserver(()=>{y.current||t()});return n.observe(e.current),()=>{n.disconnect()}},[e.current]);let[C,w]=(0,z.useState)(!1);(0,z.useEffect)(()=>{setTimeout(()=>{w(!0)},500)},[]);let T=M();return(0,z.useEffect)(()=>{if(typeof window>`u`||r?.viewports?.current)return;let t=window.innerWidth,i=e.current?.getBoundingClientRect().width;if(!t||!i||n.length===0)return;let a=Object.values(n).find(e=>e.width===`100%`),o=!!a,s=Object.entries(n).filter(([e,t])=>t.width!==`100%`).map(([e,n])=>({key:e,diff:Math.abs(t-(typeof n.width==`string`?t:n.width)),value:n})).sort((e,t)=>e.diff>t.diff?1:-1)[0].value;if(s.width<i&&o&&(s=a),u.enabled){let e=T.getState(),t={state:I(F({},e.state),{ui:I(F({},e.state.ui),{viewports:I(F({},e.state.ui.viewports),{current:I(F({},e.state.ui.viewports.current),{height:s?.height||`auto`,width:s?.width})})})})},n=e.history;e.history.histories.length===1&&(n=I(F({},n),{histories:[t]})),T.setState(I(F({},t),{history:n}))}},[n,e.current,u,T,r?.viewports?.current]),(0,B.jsxs)(`div`,{className:Ib({ready:l===`READY`||!u.enabled||!u.waitForStyles,showLoader:C,fullScreen:d}),onClick:e=>{let t=e.target;!t.hasAttribute(`data-puck-component`)&&!t.hasAttribute(`data-puck-dropzone`)&&i({type:`setUi`,ui:{itemSelector:null},recordHistory:!1})},children:[g.controlsVisible&&u.enabled&&(0,B.jsx)(`div`,{className:Ib(`controls`),children:(0,B.jsx)(jb,{fullScreen:d,autoZoom:s.autoZoom,zoom:s.zoom,onViewportChange:e=>{v(!0),y.current=!0;let n=I(F({},e),{height:e.height||`auto`,zoom:s.zoom}),r={viewports:I(F({},g),{current:n})};o(r),Lb&&t({viewports:I(F({},g),{current:n})})},onZoom:e=>{v(!0),y.current=!0,c(I(F({},s),{zoom:e}))}})}),(0,B.jsxs)(`div`,{className:Ib(`inner`),ref:e,children:[(0,B.jsx)(`div`,{className:Ib(`root`),style:{width:u.enabled?g.current.width:`100%`,height:s.rootHeight,transform:u.enabled?`scale(${s.zoom})`:void 0,transition:_?`width ${Rb}ms ease-out, height ${Rb}ms ease-out, transform ${Rb}ms ease-out`:``,overflow:u.enabled?void 0:`auto`},suppressHydrationWarning:!0,id:`puck-canvas-root`,onTransitionEnd:()=>{v(!1),y.current=!1},children:(0,B.jsx)(x,{children:(0,B.jsx)(fb,{})})}),(0,B.jsx)(`div`,{className:Ib(`loader`),children:(0,B.jsx)(j,{size:24})})]})]})};L();function Bb(e,t){let[n,r]=(0,z.useState)(null),i=(0,z.useRef)(null),a=P(t=>e===`left`?t.state.ui.leftSideBarWidth:t.state.ui.rightSideBarWidth);return(0,z.useEffect)(()=>{if(typeof window<`u`&&!a)try{let n=localStorage.getItem(`puck-sidebar-widths`);if(n){let r=JSON.parse(n)[e];r&&t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:r}})}}catch(t){console.error(`Failed to load ${e} sidebar width from localStorage`,t)}},[t,e,a]),(0,z.useEffect)(()=>{a!==void 0&&r(a)},[a]),{width:n,setWidth:r,sidebarRef:i,handleResizeEnd:(0,z.useCallback)(n=>{t({type:`setUi`,ui:{[e===`left`?`leftSideBarWidth`:`rightSideBarWidth`]:n}});let r={};try{let e=localStorage.getItem(`puck-sidebar-widths`);r=e?JSON.parse(e):{}}catch(t){console.error(`Failed to save ${e} sidebar width to localStorage`,t)}finally{localStorage.setItem(`puck-sidebar-widths`,JSON.stringify(I(F({},r),{[e]:n})))}window.dispatchEvent(new CustomEvent(`viewportchange`,{bubbles:!0,cancelable:!1}))},[t,e])}}L(),L(),L();var Vb=R(`ResizeHandle`,{ResizeHandle:`_ResizeHandle_144bf_2`,"ResizeHandle--left":`_ResizeHandle--left_144bf_16`,"ResizeHandle--right":`_ResizeHandle--right_144bf_20`}),Hb=({position:e,sidebarRef:t,onResize:n,onResizeEnd:r})=>{let{frameRef:i}=Fb(),a=Te(i),o=(0,z.useRef)(null),s=(0,z.useRef)(!1),c=(0,z.useRef)(0),l=(0,z.useRef)(0),u=(0,z.useCallback)(t=>{if(!s.current)return;let r=t.clientX-c.current,i=e===`left`?l.current+r:l.current-r;n(Math.max(192,i)),t.preventDefault()},[n,e]),d=(0,z.useCallback)(()=>{if(!s.current)return;s.current=!1,document.body.style.cursor=``,document.body.style.userSelect=``;let e=document.getElementById(`resize-overlay`);e&&document.body.removeChild(e),document.removeEventListener(`mousemove`,u),document.removeEventListener(`mouseup`,d),r(t.current?.getBoundingClientRect().width||0),a()},[r]),f=(0,z.useCallback)(e=>{s.current=!0,c.current=e.clientX,l.current=t.current?.getBoundingClientRect().width||0,document.body.style.cursor=`col-resize`,document.body.style.userSelect=`none`;let n=document.createElement(`div`);n.id=`resize-overlay`,n.setAttribute(`data-resize-overlay`,``),document.body.appendChild(n),document.addEventListener(`mousemove`,u),document.addEventListener(`mouseup`,d),e.preventDefault()},[e,u,d]);return(0,B.jsx)(`div`,{ref:o,className:Vb({[e]:!0}),onMouseDown:f})};L();var Ub=R(`Sidebar`,{Sidebar:`_Sidebar_16oed_1`,"Sidebar--isVisible":`_Sidebar--isVisible_16oed_10`,"Sidebar--left":`_Sidebar--left_16oed_14`,"Sidebar--right":`_Sidebar--right_16oed_34`,"Sidebar-resizeHandle":`_Sidebar-resizeHandle_16oed_51`}),Wb=({position:e,sidebarRef:t,isVisible:n,onResize:r,onResizeEnd:i,children:a})=>(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`div`,{ref:t,className:Ub({[e]:!0,isVisible:n}),children:a}),(0,B.jsx)(`div`,{className:`${Ub(`resizeHandle`)}`,children:(0,B.jsx)(Hb,{position:e,sidebarRef:t,onResize:r,onResizeEnd:i})})]});L();var Gb=e=>{let t=e;for(;t&&t!==document.body;){let e=window.getComputedStyle(t);if(e.display===`none`||e.visibility===`hidden`||e.opacity===`0`||t.getAttribute(`aria-hidden`)===`true`||t.hasAttribute(`hidden`))return!1;t=t.parentElement}return!0},Kb=e=>{if(e?.defaultPrevented)return!0;let t=(e?.composedPath)?.call(e)[0]||e?.target||document.activeElement;if(t instanceof HTMLElement){let e=t.tagName.toLowerCase();if(e===`input`||e===`textarea`||e===`select`||t.isContentEditable)return!0;let n=t.getAttribute(`role`);if(n===`textbox`||n===`combobox`||n===`searchbox`||n===`listbox`||n===`grid`)return!0}let n=document.querySelector(`dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]`);return!!(n&&Gb(n))},qb=()=>{let e=M(),t=(0,z.useCallback)(t=>{if(Kb(t))return!1;let{state:n,dispatch:r,permissions:i,selectedItem:a}=e.getState(),o=n.ui?.itemSelector;return o?.zone&&a&&i.getPermissions({item:a}).delete&&r({type:`remove`,index:o.index,zone:o.zone}),!0},[e]);mt({delete:!0},t),mt({backspace:!0},t)};L(),L();var Jb={Nav:`_Nav_vll2r_1`,"Nav-list":`_Nav-list_vll2r_5`,"Nav-mobileActions":`_Nav-mobileActions_vll2r_23`,"NavItem-link":`_NavItem-link_vll2r_39`,NavItem:`_NavItem_vll2r_39`,"NavItem-linkIcon":`_NavItem-linkIcon_vll2r_90`,"NavItem--active":`_NavItem--active_vll2r_100`,"NavItem--mobileOnly":`_NavItem--mobileOnly_vll2r_136`,"NavItem--desktopOnly":`_NavItem--desktopOnly_vll2r_141`},Yb=R(`Nav`,Jb),Xb=R(`NavItem`,Jb),Zb=({label:e,icon:t,onClick:n,isActive:r,mobileOnly:i,desktopOnly:a})=>(0,B.jsx)(`li`,{className:Xb({active:r,mobileOnly:i,desktopOnly:a}),children:n&&(0,B.jsxs)(`div`,{className:Xb(`link`),onClick:n,children:[t&&(0,B.jsx)(`span`,{className:Xb(`linkIcon`),children:t}),(0,B.jsx)(`span`,{className:Xb(`linkLabel`),children:e})]})}),Qb=({items:e,mobileActions:t})=>(0,B.jsxs)(`nav`,{className:Yb(),children:[(0,B.jsx)(`ul`,{className:Yb(`list`),children:Object.entries(e).map(([e,t])=>(0,B.jsx)(Zb,F({},t),e))}),t&&(0,B.jsx)(`div`,{className:Yb(`mobileActions`),children:t})]});L();var $b=e=>F({enabled:!0,waitForStyles:!0,syncHostStyles:!0},e),ex=R(`Puck`,hb),tx=R(`PuckLayout`,hb),nx=R(`PuckPluginTab`,hb),rx=typeof window>`u`?z.useEffect:z.useLayoutEffect,ix=()=>{let e=N(`label-page`),t=P(e=>e.selectedItem?e.config.components[e.selectedItem.type]?.label??e.selectedItem.type.toString():e.config.root?.label);return(0,B.jsx)(Cb,{noBorderTop:!0,showBreadcrumbs:!0,title:t||e,children:(0,B.jsx)(Ey,{})})},ax=({children:e,visible:t,mobileOnly:n})=>(0,B.jsx)(`div`,{className:nx({visible:t,mobileOnly:n}),children:(0,B.jsx)(`div`,{className:nx(`body`),children:e})}),ox=({children:e})=>{let{iframe:t,initialHistory:n,plugins:r,height:i}=lx(),a=P(e=>e.dnd),o=(0,z.useMemo)(()=>$b(t),[t]);Gy();let s=P(e=>e.dispatch),c=P(e=>e.state.ui.leftSideBarVisible),l=P(e=>e.state.ui.rightSideBarVisible),u=P(e=>e.instanceId),{width:d,setWidth:f,sidebarRef:p,handleResizeEnd:m}=Bb(`left`,s),{width:h,setWidth:g,sidebarRef:_,handleResizeEnd:v}=Bb(`right`,s);(0,z.useEffect)(()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:{leftSideBarVisible:!1,rightSideBarVisible:!1}});let e=()=>{window.matchMedia(`(min-width: 638px)`).matches||s({type:`setUi`,ui:e=>F(F({},e),e.rightSideBarVisible?{leftSideBarVisible:!1}:{})})};return window.addEventListener(`resize`,e),()=>{window.removeEventListener(`resize`,e)}},[]);let y=P(e=>e.overrides),b=(0,z.useMemo)(()=>y.puck||gb,[y]),[x,S]=(0,z.useState)(!1);rx(()=>{S(!0)},[]);let C=P(e=>e.status===`READY`);ft(),(0,z.useEffect)(()=>{if(C&&o.enabled){let e=Bh();if(e)return tt(e)}},[C,o.enabled]),_b(),qb();let w={};d&&(w[`--puck-user-sidebar-left-width`]=`${d}px`),h&&(w[`--puck-user-sidebar-right-width`]=`${h}px`);let T=P(e=>e.setUi),E=P(e=>e.state.ui.plugin?.current),D=M(),O=(0,z.useMemo)(()=>!!r?.find(e=>e.name===`legacy-side-bar`),[r]),ee=N(`plugin-blocks`),ne=N(`plugin-outline`),re=N(`plugin-fields`),ie=(0,z.useMemo)(()=>{let e={},t=[$_({label:ee}),gy({label:ne})],n=e=>e.name===`legacy-side-bar`?-1:0,i=[...t,...r??[]].sort((e,t)=>n(e)-n(t));return r?.some(e=>e.name===`fields`)||i.push(ky({label:re})),i?.forEach(t=>{t.name&&t.render&&(e[t.name]&&delete e[t.name],e[t.name]={label:t.label??t.name,icon:t.icon??(0,B.jsx)($e,{}),onClick:()=>{t.name===E?T(c?{leftSideBarVisible:!1}:{leftSideBarVisible:!0}):t.name&&T({plugin:{current:t.name},leftSideBarVisible:!0})},isActive:c&&E===t.name,render:t.render,mobilePanelHeight:t.mobilePanelHeight??`toggle`,mobileOnly:O||t.mobileOnly,desktopOnly:t.name===`legacy-side-bar`||t.desktopOnly})}),e},[r,E,D,c,ee,ne,re]),ae=ie[E??Object.keys(ie)[0]]?.mobilePanelHeight??`toggle`;(0,z.useEffect)(()=>{if(!E){let e=Object.keys(ie);T({plugin:{current:e[0]}})}},[ie,E]);let k=ie.fields&&ie.fields.mobileOnly===!1,oe=P(e=>e.state.ui.mobilePanelExpanded??!1),se=N(`layout-maximize`),A=N(`layout-minimize`);return(0,B.jsxs)(`div`,{className:`Puck ${ex({hidePlugins:O})}`,id:u,style:{height:i,visibility:`hidden`},children:[(0,B.jsx)(Kg,{disableAutoScroll:a?.disableAutoScroll,behavior:a?.behavior,children:(0,B.jsx)(b,{children:e||(0,B.jsx)(Pb,{children:(0,B.jsx)(`div`,{className:tx({leftSideBarVisible:c,mounted:x,rightSideBarVisible:!k&&l,isExpanded:oe,mobilePanelHeightToggle:ae===`toggle`,mobilePanelHeightMinContent:ae===`min-content`}),style:{height:i},children:(0,B.jsxs)(`div`,{className:tx(`inner`),style:w,children:[(0,B.jsx)(`div`,{className:tx(`header`),children:(0,B.jsx)(xb,{hidePlugins:O})}),(0,B.jsx)(`div`,{className:tx(`nav`),children:(0,B.jsx)(Qb,{items:ie,mobileActions:c&&ae===`toggle`&&(0,B.jsx)(qe,{type:`button`,title:oe?A:se,onClick:()=>{T({mobilePanelExpanded:!oe})},children:oe?(0,B.jsx)(te,{size:21}):(0,B.jsx)(ht,{size:21})})})}),(0,B.jsx)(Wb,{position:`left`,sidebarRef:p,isVisible:c,onResize:f,onResizeEnd:m,children:Object.entries(ie).map(([e,{mobileOnly:t,render:n,label:r}])=>(0,B.jsx)(ax,{visible:E===e,mobileOnly:t,children:(0,B.jsx)(n,{})},e))}),(0,B.jsx)(zb,{}),!k&&(0,B.jsx)(Wb,{position:`right`,sidebarRef:_,isVisible:l,onResize:g,onResizeEnd:v,children:(0,B.jsx)(ix,{})})]})})})})}),(0,B.jsx)(`div`,{id:`puck-portal-root`,className:ex(`portal`)})]})},sx=(0,z.createContext)({});function cx(e){return(0,B.jsx)(sx.Provider,{value:e,children:e.children})}var lx=()=>(0,z.useContext)(sx);function ux({children:e}){let{config:t,data:n,ui:r,onChange:i,permissions:a={},plugins:o,overrides:s,viewports:c=ee,iframe:l,dnd:u,initialHistory:d,metadata:f,dictionary:p,onAction:m,fieldTransforms:h,_experimentalFullScreenCanvas:g,_experimentalVirtualization:_}=lx(),v=(0,z.useMemo)(()=>$b(l),[l]),[y]=(0,z.useState)(()=>{let e=F(F({},Je.ui),r),i={};Object.keys(n?.root||{}).length>0&&!n?.root?.props&&console.warn("Warning: Defining props on `root` is deprecated. Please use `root.props`, or republish this page to migrate automatically.");let a=n?.root?.props||n?.root||{},o=F(F({},t.root?.defaultProps),a),s=pe(se(I(F({},n?.root),{props:o})),t),c=I(F({},Je),{data:I(F({},n),{root:I(F({},n?.root),{props:s.props}),content:n.content||[]}),ui:I(F(F({},e),i),{componentList:t.categories?Object.entries(t.categories).reduce((e,[t,n])=>I(F({},e),{[t]:{title:n.title,components:n.components,expanded:n.defaultExpanded,visible:n.visible}}),{}):{}})});return de(c,t)}),{appendData:b=!0}=d||{},[x]=(0,z.useState)([...d?.histories||[],...b?[{state:y}]:[]].map(e=>{let n=F(F({},y),e.state);return e.state.indexes||(n=de(n,t)),I(F({},e),{state:n})})),S=(0,z.useMemo)(()=>d?.index!==void 0&&d?.index>=0&&d?.index<x.length?d?.index:x.length-1,[]),C=x[S].state,w=mb({overrides:s,plugins:o}),T=(0,z.useMemo)(()=>{let e=(o||[]).reduce((e,t)=>F(F({},e),t.fieldTransforms),{});return F(F({},e),h)},[h,o]),E=Th(),D=(0,z.useCallback)(e=>({instanceId:E,state:e,config:t,plugins:o||[],overrides:w,viewports:c,iframe:v,_experimentalFullScreenCanvas:!!g,_experimentalVirtualization:!!_,onAction:m,metadata:f,dictionary:p||{},dnd:u,fieldTransforms:T}),[E,C,t,o,w,c,v,g,_,m,f,p,u,T]),[O]=(0,z.useState)(()=>Re(D(C)));(0,z.useEffect)(()=>{},[O]),(0,z.useEffect)(()=>{let e=O.getState().state;O.setState(F({},D(e)))},[D]),re(O,{histories:x,index:S,initialAppState:C});let te=(0,z.useRef)(null);(0,z.useEffect)(()=>O.subscribe(e=>e.state.data,e=>{if(i){if(Ke(e,te.current))return;i(e),te.current=e}}),[i]),ut(O,a);let ne=G_(O);return(0,z.useEffect)(()=>{let{resolveAndCommitData:e}=O.getState();setTimeout(()=>{e()},0)},[]),(0,B.jsx)(ct.Provider,{value:O,children:(0,B.jsx)(U_.Provider,{value:ne,children:e})})}function dx(e){return(0,B.jsx)(cx,I(F({},e),{children:(0,B.jsx)(ux,I(F({},e),{children:(0,B.jsx)(ox,{children:e.children})}))}))}dx.Components=Z_,dx.Fields=Ey,dx.Layout=ox,dx.Outline=my,dx.Preview=fb,L(),L(),L(),L(),L(),L(),L(),L(),L(),L(),L(),L(),L(),L();var fx=new Set([`Container`,`Modal`]),px=[`openModal`,`closeModal`,`navigate`,`create`,`edit`,`delete`,`runFlow`,`refresh`],mx=new Set([`puck`,`editMode`]);function hx(e){return s(e).filter(i).map(e=>{let{type:t,children:n,...r}=e,i={...r,id:a(e.id)};return fx.has(a(t))&&(i.children=hx(n)),{type:a(t),props:i}})}function gx(e,t=new Map){for(let n of s(e).filter(i))t.set(a(n.id),n),gx(n.children,t);return t}function _x(e,t,n){return e.map(e=>{let r=e.props,o=a(r.id);if(!o||/^[A-Za-z]+-[0-9a-f]{8}-/.test(o)){let n=c(e.type)||`component`;o=n;for(let e=2;t.has(o);e++)o=`${n}-${e}`}t.add(o);let s={id:o,type:e.type};for(let[a,o]of Object.entries(r))if(!(a===`id`||mx.has(a)||o===void 0||o===``)){if(a===`children`)fx.has(e.type)&&(s.children=_x(o,t,n));else if(a===`position`){let e=i(o)?o:{},t=t=>typeof e[t]==`number`?e[t]:void 0;if(t(`row`)===void 0&&t(`col`)===void 0&&t(`span`)===void 0)continue;s.position={row:t(`row`)??1,col:t(`col`)??1,span:t(`span`)??12}}else s[a]=o}let l=[...Object.keys(n.get(o)??{id:0,type:0}),...Object.keys(s)];return Object.fromEntries([...new Set(l)].filter(e=>e in s).map(e=>[e,s[e]]))})}function vx(e,t){let n=e=>i(e?.position)&&Number(e.position.row)||0;if(!e.some(e=>i(e.position)))return e;let r=e;return e.forEach((e,o)=>{if(t.has(a(e.id))||e.type===`Modal`||i(e.position))return;let s=Math.max(0,...r.slice(0,o).map(n))+1;r=r.map((e,t)=>t===o?{...e,position:{row:s,col:1,span:12}}:t>o&&n(e)>=s?{...e,position:{...e.position,row:n(e)+1}}:e)}),r}function yx(e,t,n){let r=e=>e.map(e=>a(e.id)),i=r(t),o=r(n),s=(e,t)=>JSON.stringify(e)===JSON.stringify(t),c=t=>t.filter(([e,t])=>!s(e,t)).map(([,t,n])=>({op:`set`,path:`${e}/${n}`,value:t}));if(i.join(`
`)===o.join(`
`))return c(t.map((e,t)=>[e,n[t],t]));if(o.length===i.length+1){let a=o.findIndex((e,t)=>e!==i[t]),s=[...n.slice(0,a),...n.slice(a+1)];if(r(s).join(`
`)===i.join(`
`))return[{op:`insert`,path:`${e}/${a}`,value:n[a]},...c(s.map((e,n)=>[t[n],e,n<a?n:n+1]))]}if(i.length===o.length+1){let a=i.findIndex((e,t)=>e!==o[t]),s=[...t.slice(0,a),...t.slice(a+1)];if(r(s).join(`
`)===o.join(`
`))return[{op:`remove`,path:`${e}/${a}`},...c(s.map((e,t)=>[e,n[t],t]))]}if(i.length===o.length&&[...i].sort().join(`
`)===[...o].sort().join(`
`))for(let r=0;r<i.length;r++)for(let s=0;s<i.length;s++){let l=[...i];if(l.splice(s,0,...l.splice(r,1)),r!==s&&l.join(`
`)===o.join(`
`)){let i=new Map(t.map(e=>[a(e.id),e])),o=c(n.map((e,t)=>[i.get(a(e.id)),e,t]));return[{op:`move`,from:`${e}/${r}`,path:`${e}/${s}`},...o]}}return[{op:`set`,path:e,value:n}]}function bx(e,t){return s(e.entities).filter(i).find(e=>e.name===t)}function xx(e,t){return s(bx(e,t)?.fields).filter(i).map(e=>a(e.name))}var Sx=e=>e.map(e=>({label:e,value:e})),Cx=K_();function wx({model:e,label:t,value:n,onChange:r,id:i}){let o=Cx(e=>a((e.selectedItem?.props??{}).entity)),s=Array.isArray(n)?n:[],c=xx(e,o);return(0,B.jsxs)(m,{gap:2,id:i,"aria-label":t,children:[(0,B.jsx)(p,{size:`xs`,fw:600,children:t}),c.map(e=>(0,B.jsx)(E,{size:`xs`,label:e,"aria-label":`${t} ${e}`,checked:s.length===0||s.includes(e),onChange:t=>{let n=t.currentTarget.checked,i=s.length?s:c,a=c.filter(t=>t===e?n:i.includes(t));r(a.length?a:void 0)}},e)),c.length===0&&(0,B.jsx)(p,{size:`xs`,c:`dimmed`,children:`pick an entity first`})]})}function Tx(e,t){return{type:`custom`,label:t,render:n=>(0,B.jsx)(wx,{model:e,label:t,...n})}}function Ex(e,t){let n=s(e.entities).filter(i).map(e=>a(e.name)),r=s(e.layouts).filter(i).map(e=>a(e.name)),o=s(e.flows).filter(i).map(e=>a(e.name));return{type:`custom`,label:`Action`,render:({value:e,onChange:s})=>{let c=i(e)?e:{},u=a(c.type),d=u===`openModal`?`modal`:u===`navigate`?`page`:u===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(u)?`entity`:null,f=d===`modal`?t():d===`page`?r:d===`flow`?o:n;return(0,B.jsxs)(m,{gap:4,children:[(0,B.jsx)(l,{size:`xs`,label:`Action`,"aria-label":`action type`,value:u,data:[{value:``,label:`(none)`},...Sx(px)],onChange:e=>{let i=e.currentTarget.value;if(!i)return s(void 0);let a=i===`openModal`?`modal`:i===`navigate`?`page`:i===`runFlow`?`flow`:[`create`,`edit`,`delete`].includes(i)?`entity`:null,c=a===`modal`?t():a===`page`?r:a===`flow`?o:n;s(a?{type:i,[a]:c[0]??``}:{type:i})}}),d&&(0,B.jsx)(l,{size:`xs`,label:d,"aria-label":`action ${d}`,value:a(c[d]),data:Sx(f.includes(a(c[d]))||!c[d]?f:[...f,a(c[d])]),onChange:e=>s({...c,[d]:e.currentTarget.value})})]})}}}var Dx={type:`object`,label:`Position (grid row, column 1–12, span)`,objectFields:{row:{type:`number`,min:1},col:{type:`number`,min:1,max:12},span:{type:`number`,min:1,max:12}}};function Ox(e,t){let n=e.sampleData;return i(n)?s(n[t]).filter(i).slice(0,3):[]}function kx(e){return e==null?``:typeof e==`object`?JSON.stringify(e):String(e)}function Ax(t,r){let o=s(t.entities).filter(i).map(e=>a(e.name)),c={type:`select`,label:`Entity`,options:Sx(o)},l=(e,t,n)=>(0,B.jsx)(u,{withBorder:!0,p:`xs`,m:4,"aria-label":`canvas ${e} ${a(t)}`,children:n}),_={title:{type:`text`,label:`Title`},entity:c,columns:Tx(t,`Columns`),pageSize:{type:`number`,label:`Page size`,min:1,max:500},rowActions:{type:`array`,label:`Row actions`,arrayFields:{type:{type:`select`,options:Sx([`edit`,`delete`,`runFlow`])},entity:c,modal:{type:`text`},flow:{type:`text`}},getItemSummary:e=>`${a(e.type)} ${a(e.modal??e.flow??e.entity)}`},position:Dx},v={entity:c,mode:{type:`radio`,label:`Mode`,options:Sx([`create`,`edit`])},fields:Tx(t,`Fields`),submitLabel:{type:`text`,label:`Submit label`},position:Dx};return{root:{fields:{}},components:{DataGrid:{label:`Data grid`,fields:_,defaultProps:{entity:o[0]??``},render:n=>{let r=a(n.entity),i=Array.isArray(n.columns)&&n.columns.length?n.columns:xx(t,r).slice(0,5);return l(`DataGrid`,n.id,(0,B.jsxs)(m,{gap:4,children:[(0,B.jsxs)(f,{gap:`xs`,children:[(0,B.jsx)(p,{fw:600,size:`sm`,children:a(n.title)||r}),(0,B.jsx)(d,{size:`xs`,variant:`light`,children:`grid`})]}),(0,B.jsxs)(e,{withTableBorder:!0,children:[(0,B.jsx)(e.Thead,{children:(0,B.jsx)(e.Tr,{children:i.map(t=>(0,B.jsx)(e.Th,{children:t},t))})}),(0,B.jsx)(e.Tbody,{children:Ox(t,r).map((t,n)=>(0,B.jsx)(e.Tr,{children:i.map(n=>(0,B.jsx)(e.Td,{children:kx(t[n])},n))},n))})]})]}))}},TorqueForm:{label:`Form`,fields:v,defaultProps:{entity:o[0]??``,mode:`create`},render:e=>{let r=a(e.entity),i=Array.isArray(e.fields)&&e.fields.length?e.fields:xx(t,r);return l(`TorqueForm`,e.id,(0,B.jsxs)(m,{gap:4,children:[(0,B.jsxs)(f,{gap:`xs`,children:[(0,B.jsx)(p,{fw:600,size:`sm`,children:r}),(0,B.jsxs)(d,{size:`xs`,variant:`light`,children:[a(e.mode)||`create`,` form`]})]}),i.map(e=>(0,B.jsx)(n,{size:`xs`,label:e,readOnly:!0,tabIndex:-1},e)),(0,B.jsx)(h,{size:`xs`,w:120,tabIndex:-1,children:a(e.submitLabel)||`Save`})]}))}},TorqueButton:{label:`Button`,fields:{label:{type:`text`,label:`Label`},variant:{type:`select`,label:`Variant`,options:Sx([`filled`,`light`,`outline`,`subtle`,`danger`])},action:Ex(t,r),position:Dx},defaultProps:{label:`Button`,action:{type:`refresh`}},render:e=>{let t=a(e.variant)||`filled`;return l(`TorqueButton`,e.id,(0,B.jsx)(h,{size:`xs`,tabIndex:-1,color:t===`danger`?`red`:void 0,variant:t===`danger`?`filled`:t,children:a(e.label)}))}},Text:{label:`Text`,fields:{text:{type:`textarea`,label:`Text`},variant:{type:`select`,label:`Variant`,options:Sx([`h1`,`h2`,`h3`,`body`,`caption`])},position:Dx},defaultProps:{text:`Text`},render:e=>{let t=a(e.variant),n=a(e.text);return l(`Text`,e.id,t.startsWith(`h`)?(0,B.jsx)(g,{order:Number(t[1]),children:n}):(0,B.jsx)(p,{size:t===`caption`?`xs`:`sm`,children:n}))}},Container:{label:`Container`,fields:{direction:{type:`radio`,label:`Direction`,options:Sx([`column`,`row`])},children:{type:`slot`},position:Dx},render:e=>{let t=e.children,n=e.direction===`row`;return l(`Container`,e.id,(0,B.jsx)(t,{style:{display:`flex`,flexDirection:n?`row`:`column`,gap:6,minHeight:40}}))}},Modal:{label:`Modal`,fields:{title:{type:`text`,label:`Title`},children:{type:`slot`}},defaultProps:{title:`Dialog`},render:e=>{let t=e.children;return l(`Modal`,e.id,(0,B.jsxs)(m,{gap:4,style:{borderLeft:`3px solid var(--mantine-color-violet-5)`,paddingLeft:6},children:[(0,B.jsxs)(f,{gap:`xs`,children:[(0,B.jsx)(p,{fw:600,size:`sm`,children:a(e.title)}),(0,B.jsx)(d,{size:`xs`,color:`violet`,variant:`light`,children:`modal (opens on an action)`})]}),(0,B.jsx)(t,{style:{minHeight:40}})]}))}}}}}function jx(e,t){return e.some((e,n)=>{let r=t[n],o=e.props.children;return a(e.props.id)!==a(r?.id)||Array.isArray(o)&&jx(o,s(r?.children).filter(i))})}function Mx(e){let t=[],n=e=>e.forEach(e=>{e.type===`Modal`&&t.push(a(e.props.id));let r=e.props.children;Array.isArray(r)&&n(r)});return n(e),t}function Nx({model:e,edit:n,diagnostics:u,focus:d}){let _=s(e.layouts),v=/^\/layouts\/(\d+)/.exec(d??``),[y,b]=(0,z.useState)(v?Number(v[1]):0);(0,z.useEffect)(()=>{v&&b(Number(v[1]))},[d]);let x=_[y],S=i(x)?x.components:void 0,C=JSON.stringify(S??[]),w=(0,z.useRef)(C),[T,E]=(0,z.useState)(0);(0,z.useEffect)(()=>{C!==w.current&&(w.current=C,E(e=>e+1))},[C]);let D=(0,z.useRef)(null),O=(0,z.useRef)([]),ee=(0,z.useMemo)(()=>Ax(e,()=>O.current),[e]),te=(0,z.useMemo)(()=>({root:{props:{}},content:hx(S)}),[T,y]);O.current=Mx((D.current??te).content);let ne=(0,z.useRef)(void 0),re=i(x)?a(x.name):``,ie=t=>{D.current=t,window.clearTimeout(ne.current),ne.current=window.setTimeout(()=>{let o=r(e);Mx(t.content).forEach(e=>o.delete(e));let c=e=>e.forEach(e=>{o.delete(a(e.props.id));let t=e.props.children;Array.isArray(t)&&c(t)});c(t.content);let l=gx(S),u=vx(_x(t.content,o,l),l),d=JSON.stringify(u);if(d===w.current)return;let f=jx(t.content,u);w.current=f?``:d,n(yx(`/layouts/${y}/components`,s(S).filter(i),u),`edit page ${re}`)},300)};(0,z.useEffect)(()=>()=>window.clearTimeout(ne.current),[]);let ae=()=>{let o=t(_.filter(i).map(e=>a(e.name)),`newPage`),s=_.filter(i).map(e=>a(e.route)),l=`/${c(o)}`;for(let e=2;s.includes(l);e++)l=`/${c(o)}-${e}`;let u=r(e),d=`page-${c(o)}`;for(let e=2;u.has(d);e++)d=`page-${c(o)}-${e}`;n([{op:`insert`,path:`/layouts/-`,value:{id:d,name:o,route:l,title:`New page`,components:[]}}],`add page ${o}`),b(_.length)},k=u.filter(e=>e.pointer?.startsWith(`/layouts/${y}/`)||e.pointer===`/layouts/${y}`);return(0,B.jsxs)(m,{gap:`sm`,"aria-label":`page editor`,children:[(0,B.jsxs)(f,{align:`end`,children:[(0,B.jsx)(g,{order:3,children:`Pages`}),(0,B.jsx)(l,{size:`xs`,"aria-label":`page`,value:String(y),data:_.map((e,t)=>({value:String(t),label:i(e)?`${a(e.name)} (${a(e.route)})`:`#${t}`})),onChange:e=>b(Number(e.currentTarget.value))}),(0,B.jsx)(h,{size:`xs`,variant:`light`,onClick:ae,children:`Add page`}),i(x)&&(0,B.jsx)(h,{size:`xs`,color:`red`,variant:`subtle`,ml:`auto`,onClick:()=>{n([{op:`remove`,path:`/layouts/${y}`}],`remove page ${re}`),b(0)},children:`Remove page`})]}),i(x)?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(f,{align:`start`,children:[(0,B.jsx)(o,{label:`Page name`,value:re,onCommit:e=>n([{op:`set`,path:`/layouts/${y}/name`,value:e}],`rename page ${re}`)}),(0,B.jsx)(o,{label:`Route`,value:a(x.route),onCommit:e=>n([{op:`set`,path:`/layouts/${y}/route`,value:e}],`route of ${re}`)}),(0,B.jsx)(o,{label:`Page title`,value:a(x.title),width:240,onCommit:e=>n([e?{op:`set`,path:`/layouts/${y}/title`,value:e}:{op:`remove`,path:`/layouts/${y}/title`}],`title of ${re}`)}),(0,B.jsx)(l,{size:`xs`,label:`Navigation order`,"aria-label":`navigation order`,value:String(y),data:_.map((e,t)=>({value:String(t),label:String(t+1)})),onChange:e=>{let t=Number(e.currentTarget.value);t!==y&&(n([{op:`move`,from:`/layouts/${y}`,path:`/layouts/${t}`}],`move page ${re}`),b(t))}})]}),k.map((e,t)=>(0,B.jsxs)(p,{size:`xs`,c:`red`,children:[e.code,` `,e.pointer,`: `,e.message]},t)),(0,B.jsx)(`div`,{style:{border:`1px solid var(--mantine-color-gray-3)`,borderRadius:4},"data-testid":`puck`,children:(0,B.jsx)(dx,{config:ee,data:te,onChange:ie,iframe:{enabled:!1},height:`calc(100vh - 240px)`,overrides:{header:()=>(0,B.jsx)(B.Fragment,{})}},`${y}:${T}`)})]}):(0,B.jsx)(p,{c:`dimmed`,children:`This model has no pages yet.`})]})}export{Nx as PageEditor,Et as n,Ot as r,Nt as t};