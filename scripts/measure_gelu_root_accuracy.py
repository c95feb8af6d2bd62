#!/usr/bin/env python3
"""Absolute and relative error of GELU's slope near its zeros, where its two terms cancel.

Usage: scripts/measure_gelu_root_accuracy.py build/app/relu-family-lab (needs mpmath)."""
import subprocess, mpmath, random, sys
mpmath.mp.dps=50
app=sys.argv[1]
def Phi(x): return mpmath.ncdf(x)
def phi(x): return mpmath.npdf(x)
def gelu_slope(x): x=mpmath.mpf(x); return Phi(x)+x*phi(x)
def gelu_tanh_slope(x):
    x=mpmath.mpf(x); k=mpmath.sqrt(2/mpmath.pi); u=k*(x+mpmath.mpf('0.044715')*x**3)
    return mpmath.mpf(1)/2*(1+mpmath.tanh(u)) + mpmath.mpf(1)/2*x*(1-mpmath.tanh(u)**2)*k*(1+3*mpmath.mpf('0.044715')*x**2)
def run(fam,sets,xs):
    args=[app,'--export-csv','-','--family',fam,'--at',','.join(repr(x) for x in xs)]
    for s in sets: args+=['--set',s]
    out=subprocess.run(args,capture_output=True,text=True,env={'QT_QPA_PLATFORM':'offscreen','LANG':'C.UTF-8'}).stdout.splitlines()[1:]
    return [(float(l.split(',')[1]),float(l.split(',')[3])) for l in out]
random.seed(1)
for name,fam,sets,ref,root in [("gelu","gelu",[],gelu_slope,-0.7517915241),("gelu tanh","gelu",["approximate=tanh"],gelu_tanh_slope,-0.752464)]:
    xs=[root+random.uniform(-1e-3,1e-3) for _ in range(400)]+[root+random.uniform(-1e-9,1e-9) for _ in range(400)]
    rows=run(fam,sets,xs)
    maxabs=0; maxrel=0
    for x,s in rows:
        e=ref(x); err=abs(mpmath.mpf(s)-e)
        maxabs=max(maxabs,err); 
        if e!=0: maxrel=max(maxrel,err/abs(e))
    print(name, "near slope root: max abs error %.3g, max rel error %.3g"%(float(maxabs),float(maxrel)))
