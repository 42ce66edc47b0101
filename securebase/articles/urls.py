from django.urls import path

from securebase.articles import views
from securebase.articles.feeds import ArticleFeed

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/", ArticleFeed(), name="feed"),
    path("<slug:slug>/", views.article_detail, name="detail"),
]
