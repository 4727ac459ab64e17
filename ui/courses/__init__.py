"""Course mode in the window: the course dialog, milestones, postcard suggestions, the learning
log.
"""
